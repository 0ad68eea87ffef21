package dev.kairos.ingest.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list of words detection reads as data: {@code words/<name>.txt} beside this class, one word or phrase a line,
 * lines starting with {@code #} comments. A list of pairs ({@link #pairs}) writes each pair on a line as
 * {@code word = what it stands for}. The lists are read once, into the finders' constants.
 */
final class WordList {

    private WordList() {
    }

    static Set<String> of(String name) {
        return Set.copyOf(lines(name));
    }

    /** A list of pairs: "Japanese = Japan" maps "Japanese" to "Japan"; spaces around the {@code =} are dropped. */
    static Map<String, String> pairs(String name) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : lines(name)) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("Word list " + name + " holds no pair in \"" + line + "\"");
            }
            pairs.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return Map.copyOf(pairs);
    }

    private static List<String> lines(String name) {
        String resource = "words/" + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Word list " + resource + " is missing");
            }
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return words;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read word list " + resource, ex);
        }
    }
}
