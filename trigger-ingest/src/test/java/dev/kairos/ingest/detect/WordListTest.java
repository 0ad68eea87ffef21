package dev.kairos.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void readsOneWordOrPhraseALineAndSkipsComments() {
        assertThat(WordList.of("launch-base-forms")).contains("release", "roll out")
                .noneMatch(word -> word.startsWith("#") || !word.equals(word.strip()));
    }

    @Test
    void readsPairsWhoseWordsHoldSpaces() {
        assertThat(WordList.pairs("country-of-adjective")).containsEntry("Japanese", "Japan")
                .containsEntry("Latin American", "Latin America").containsEntry("US", "US")
                .doesNotContainKey("#");
    }

    @Test
    void refusesAMissingList() {
        assertThatThrownBy(() -> WordList.of("no-such-list")).isInstanceOf(IllegalStateException.class);
    }
}
