package dev.kairos.ingest.detect;

import java.util.List;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/** Finds the triggers of one kind in one sentence. */
interface Finder {

    void find(Sentence sentence, List<Detection> found);

    /** The end of the clause the verb at {@code from} belongs to: a sentence's end, ";", " - ", or a new clause. */
    static int clauseEnd(Sentence sentence, int from) {
        String text = sentence.text();
        int end = text.length();
        for (String stop : CLAUSE_STOPS) {
            int at = text.indexOf(stop, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    List<String> CLAUSE_STOPS = List.of("; ", " - ", " | ", ": ", ". ", " as it ", " as they ", " while ", " amid ",
            " after ", " but ", ", which ", ", who ", ", while ", " and then ", ", says ", ", said ",
            ", sources", ", report", " following ", " ahead of ", " despite ", " even as ", " weeks after ",
            " days after ", " months after ", " a year after ", " just as ", " so that ", " because ", ", with ",
            ", and ", " and plans ", " and will ", " and to ");

    /** The subject of the verb the matcher found, unless hedged ("in talks to") or missing. */
    static Sentence.@Nullable Subject subject(Sentence sentence, Matcher verb) {
        int word = sentence.wordAt(verb.start());
        Sentence.Subject subject = sentence.subjectOf(word);
        if (subject == null || subject.name() == null || Hedges.beforeVerb(subject.between())) {
            return null;
        }
        return subject;
    }
}
