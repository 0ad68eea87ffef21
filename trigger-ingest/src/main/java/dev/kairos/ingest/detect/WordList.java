package dev.kairos.ingest.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A list of words detection reads as data: {@code words/<name>.txt} beside this class, one word or phrase a line,
 * lines starting with {@code #} comments.
 */
final class WordList {

    private WordList() {
    }

    static Set<String> of(String name) {
        String resource = "words/" + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Word list " + resource + " is missing");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read word list " + resource, ex);
        }
    }
}
