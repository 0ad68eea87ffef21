package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;

import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/** Finds the triggers of one kind in one sentence. */
interface Finder {

    void find(Sentence sentence, List<Detection> found);

    /** The word patterns that start this finder's triggers: without one of them a sentence holds none. */
    long patterns();

    /** Whether a word of the sentence can start one of this finder's patterns: a test that costs nothing. */
    default boolean mayApply(Sentence sentence) {
        return (sentence.masks() & patterns()) != 0;
    }

    /**
     * Whether the finder is tried on the sentence: where {@link #mayApply} holds, and where words it does not count
     * among its verbs for the model ("pays", "with acquisition of") may start one of its triggers.
     */
    default boolean mayFind(Sentence sentence) {
        return mayApply(sentence);
    }

    /**
     * Whether the sentence holds what the taxonomy excludes from this finder's types (a public office, a fund of the
     * investor's own, a stake or a building bought), so that no trigger of them may be reported without a finder.
     */
    default boolean rulesOut(Sentence sentence) {
        return false;
    }

    /** The trigger types this finder reports. */
    List<TriggerType> types();

    /** Whether "to", "will" or "'ll" stands right before {@code at}: a bare "buy" or "release" is then a verb. */
    static boolean afterToOrWill(String text, int at) {
        String before = text.substring(Math.max(0, at - 6), at).toLowerCase(Locale.ROOT);
        return before.endsWith("to ") || before.endsWith("will ") || before.endsWith("'ll ");
    }

    /**
     * The end of the clause the verb at {@code from} belongs to: a sentence's end, ";", " - ", or a new clause ("and"
     * before a lower-case word that is no second role: "named president and chief executive" is one clause).
     */
    static int clauseEnd(Sentence sentence, int from) {
        String text = sentence.text();
        int end = text.length();
        for (String stop : CLAUSE_STOPS) {
            int at = text.indexOf(stop, from);
            // "raises $8M and opens an office" starts a clause; "names Jane Doe and John Roe" does not
            while (at >= 0 && stop.equals(" and ") && at + 5 < text.length()
                    && (!Character.isLowerCase(text.charAt(at + 5)) || Roles.startsAt(text, at + 5))
                    || at > 0 && stop.equals(". ") && Character.isUpperCase(text.charAt(at - 1))
                        && (at == 1 || text.charAt(at - 2) == ' ' || text.charAt(at - 2) == '.')) {
                // an initial's full stop ("named J. Martin Hale") ends no clause either
                at = text.indexOf(stop, at + 1);
            }
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
            ", and ", " and plans ", " and will ", " and to ", " and ");

    /** The subject of the verb the matcher found, unless hedged ("in talks to") or missing. */
    static Sentence.@Nullable Subject subject(Sentence sentence, MatchResult verb) {
        int word = sentence.wordAt(verb.start());
        Sentence.Subject subject = sentence.subjectOf(word);
        if (subject == null || subject.name() == null || Hedges.beforeVerb(subject.between())) {
            return null;
        }
        return subject;
    }
}
