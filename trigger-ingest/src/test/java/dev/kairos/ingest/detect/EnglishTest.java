package dev.kairos.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTest {

    @Test
    void readsEnglishWithForeignNamesAndDomains() {
        assertThat(English.isEnglish("Halvex acquires Quillmere for $10 million")).isTrue();
        assertThat(English.isEnglish("Halvex.com to acquire Quillmere.com")).as("no Portuguese com").isTrue();
        assertThat(English.isEnglish("Zürich-based Halvex opens an office in Malmö")).isTrue();
    }

    @Test
    void refusesOtherLanguages() {
        assertThat(English.isEnglish("Halvex übernimmt Quillmere für 10 Millionen Euro")).isFalse();
        assertThat(English.isEnglish("L'entreprise Halvex lève 10 millions d'euros")).isFalse();
        assertThat(English.isEnglish("Халвекс покупает Квиллмир")).isFalse();
    }

    @Test
    void readsTextWhoseLowerCaseChangesLengthOrContext() {
        // a capital dotted I lowers to two characters, a capital sigma to one of two: the whole text is lowered
        assertThat(English.isEnglish("Halvex opens an office in İzmir and ΣIGMA joins the board")).isTrue();
        assertThat(English.isEnglish("Halvex übernimmt İzmir Quillmere für 10 Millionen Euro")).isFalse();
    }
}
