package dev.kairos.matcher.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PostingsTest {

    @Test
    void holdsWhatAMapOfListsHoldsThroughAddsAndRemovals() {
        Postings postings = new Postings();
        Map<String, List<Integer>> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        // few keys, so that runs of linear probing form and deletions must move keys back
        for (int step = 0; step < 200_000; step++) {
            String key = "k" + random.nextInt(5_000);
            int value = random.nextInt(4);
            if (random.nextInt(3) == 0) {
                postings.remove(key, value);
                List<Integer> values = expected.get(key);
                if (values != null) {
                    values.remove(Integer.valueOf(value));
                    if (values.isEmpty()) {
                        expected.remove(key);
                    }
                }
            }
            else {
                postings.add(key, value);
                expected.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        postings.trim();
        assertThat(postings.size()).isEqualTo(expected.size());
        for (int k = 0; k < 5_000; k++) {
            String key = "k" + k;
            IntList found = postings.get(key);
            List<Integer> values = expected.get(key);
            if (values == null) {
                assertThat(found).as(key).isNull();
                assertThat(postings.first(key)).isEqualTo(-1);
                continue;
            }
            List<Integer> actual = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                actual.add(found.get(i));
            }
            assertThat(actual).as(key).containsExactlyInAnyOrderElementsOf(values);
            assertThat(values).contains(postings.first(key));
        }
    }

    @Test
    void keepsAKeysValuesWhenGrownAtOnce() {
        Postings postings = new Postings();
        for (int i = 0; i < 1_000; i++) {
            postings.add("id" + i, i);
        }
        postings.expect(100_000);
        for (int i = 0; i < 1_000; i++) {
            assertThat(postings.first("id" + i)).isEqualTo(i);
        }
        assertThat(postings.first("id1000")).isEqualTo(-1);
    }

    @Test
    void addsAPackedNameOnceAndAnotherNameOfTheSameSlot() {
        Postings postings = new Postings();
        int slot = 7;
        postings.addUnique("acme", slot << 8);
        postings.addUnique("acme", slot << 8);
        postings.addUnique("acme", slot << 8 | 1);
        IntList values = postings.get("acme");
        assertThat(values.size()).isEqualTo(2);
        assertThat(values.get(0)).isEqualTo(slot << 8);
        assertThat(values.get(1)).isEqualTo(slot << 8 | 1);
    }
}
