package dev.kairos.matcher.account;

import java.util.Arrays;

/** A growable list of ints: postings of a million accounts cost 4 bytes an entry instead of an Integer's 16. */
final class IntList {

    private int[] values = new int[2];

    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Removes the first occurrence of {@code value}, not keeping the order. */
    boolean remove(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                values[i] = values[--size];
                return true;
            }
        }
        return false;
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
