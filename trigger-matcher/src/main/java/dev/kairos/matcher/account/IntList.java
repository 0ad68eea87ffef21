package dev.kairos.matcher.account;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A growable list of ints: postings of a million accounts cost 4 bytes an entry instead of an Integer's 16. Most
 * postings (a domain, a name key) hold one value: that one is kept in a field, and an array is made only for a second.
 */
final class IntList {

    /** Null while the list holds at most one value, in {@link #first}. */
    private int @Nullable [] values;

    private int first;

    private int size;

    void add(int value) {
        int[] array = values;
        if (array == null) {
            if (size == 0) {
                first = value;
                size = 1;
                return;
            }
            array = new int[4];
            array[0] = first;
            values = array;
        }
        else if (size == array.length) {
            array = Arrays.copyOf(array, size * 2);
            values = array;
        }
        array[size++] = value;
    }

    /** Removes the first occurrence of {@code value}, not keeping the order. */
    boolean remove(int value) {
        int[] array = values;
        if (array == null) {
            if (size == 1 && first == value) {
                size = 0;
                return true;
            }
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (array[i] == value) {
                array[i] = array[--size];
                return true;
            }
        }
        return false;
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) {
            if (get(i) == value) {
                return true;
            }
        }
        return false;
    }

    int get(int index) {
        int[] array = values;
        return array == null ? first : array[index];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Gives back the room grown for values that never came (a doubled array is a quarter empty on average). */
    void trim() {
        int[] array = values;
        if (array == null || array.length == size) {
            return;
        }
        if (size <= 1) {
            first = size == 1 ? array[0] : 0;
            values = null;
        }
        else {
            values = Arrays.copyOf(array, size);
        }
    }
}
