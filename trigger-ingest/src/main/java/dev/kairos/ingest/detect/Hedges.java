package dev.kairos.ingest.detect;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that make a statement a possibility, a plan, a rumour or a denial rather than a fact: "in talks to buy",
 * "could cut", "according to a report". TRIGGERS.md counts only what happened or was decided.
 */
final class Hedges {

    /**
     * The modal "may", not the month: "Acme may buy" and "Acme May Buy", not "Acme on May 3 bought", "Acme, which in
     * May hired", "Acme May 12 acquired".
     */
    static final String MAY = "may(?! \\d)(?<!\\b(?:in|on|since|until|till|by|from|of|early|late|mid|last|this|next"
            + "|through|during) may)";

    /**
     * Between a subject and its verb: "Acme in talks to buy", "Acme could cut", "Acme denies it will". Sought from the
     * first word that can start one of its two hundred alternatives, which were tried at every word before.
     */
    private static final WordPattern BEFORE_VERB = WordPattern.search("(?i)\\b(?:in (?:advanced |early |final "
            + "|exclusive )?talks|talks|considers?|considering|contemplat\\w*|mulls?|mulling|weighs?|weighing|explores?"
            + "|exploring"
            + "|eyes|eyeing|eyed|could|" + MAY + "|might|should|shall|plans?|planning|planned|seeks?|seeking|sought"
            + "|looks?|looking|appears?|appeared|seems?|seemed|nears?|nearing|wants?|wanted|hopes?|hoping|aims?"
            + "|aiming|intends?|expected|expects?|likely|unlikely|poised|reportedly|rumou?red|said|denies|denied|deny"
            + "|won't|not|never|no longer|fails?|failed"
            + "|prepares?|preparing|urged|pressured|pressure|refuses?|refused|declines?|declined|rejects?|rejected"
            + "|scraps?|scrapped|abandons?|abandoned|drops?|dropped|ready|open|tries|trying|tried|attempts?|attempting"
            + "|threatens?|threatening|warns?|warned|fears?|feared|risks?|proposes?|proposed|proposal|bid|bids|"
            + "pursues?|pursuing|interested|keen|calls? on|asked|asks|pushes|pushing|lobby\\w*|sued|sues|vows?|"
            + "offers?|offered|ponders?|pondering|studies|studying|evaluat\\w*|reviewing|reviews?|discuss\\w*|"
            + "negotiat\\w*|mull\\w*|why|how|whether|if|when|hints?|hinted|signals?|signalled|signaled|floats?|"
            + "floated|touts?|pitches|pitched|loses bid|rebuffs?|rebuffed|spurns?|spurned|"
            + "nixes|nixed|halts?|halted|delays?|delayed|postpones?|postponed|pauses?|paused|shelves?|shelved|"
            + "suspends?|suspended|cancels?|cancelled|canceled|withdraws?|withdrew|pulls?|pulled|terminates?|"
            + "terminated|calls? off|called off|walks? away|backs? out|backed out|blocked|blocks?|cleared to|"
            + "approved to|gets? nod|wins? approval|gets? approval|seeks? approval|set to vote|votes? on|"
            + "investigat\\w*|probe|accused|alleg\\w*|forced|can't|cannot|struggles?|struggling|failing|failure|unable"
            + "|bid to|attempt to|effort to|on track|on course|avoid\\w*|avert\\w*|decides? against"
            + "|decided against|(?:has|have|needs?|needed) to|must|(?:has|have) (?:an |the )?option(?: to)?"
            + "|(?:highly )?confident|steps? towards?"
            // "Acme accidentally fires dozens": a mistake, not a decision
            + "|accidentally|mistakenly|inadvertently|erroneously)\\b");

    /** Anywhere in a sentence: the statement is somebody else's report, a rumour, or only hypothetical. */
    private static final WordPattern REPORTED = new WordPattern("(?i)\\b(?:reportedly\\b|reports? (?:says?|claims?)"
            + "|reported (?:says?|claims?)|sources? (?:say|said|says|tell|told|claim)|people familiar\\b|according to "
            + "(?:[\\w-]+ ){0,3}(?:reports?|sources?|people|media|insiders|persons|person"
            + "|study|survey|research|analysts|estimates)\\b"
            + "|rumou?rs?\\b|speculation\\b|speculates?\\b|talks\\b|hypothetical\\b|what if\\b|for when\\b|would-be\\b"
            + "|unconfirmed\\b|leaked\\b|leaks?\\b|insiders? (?:say|said|claim|claimed|told)\\b|letter of intent\\b"
            + "|loi\\b|non-binding\\b|highly confident\\b)");

    /**
     * At the end of a sentence: a question, or a source named after the headline ("…, sources", "- report",
     * "…, Daily Ledger reports").
     */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?i)(?:-(?:report|sources)|[-:,] (?:report|reports"
            + "|sources|source|media|wsj|ft|bloomberg|insiders claim|insiders say|sources claim|people say|people said)"
            + "|, (?-i:[A-Z])[\\w.&'-]*(?: (?-i:[A-Z])[\\w.&'-]*){0,2} reports|\\?\"?)$");

    /** A study's finding told after the statement: "…, finds Orvale Market Research", "…, finds new survey". */
    private static final Pattern FINDS = Pattern.compile(", finds (?:[\\w.&'-]+ ){0,4}?(?:research|study|survey|report"
            + "|analysis|poll|index|data|insights)\\b");

    /** A sentence that is a quotation and its speaker: "\"We see a turn in the market,\" says Jo Hale of Orvid". */
    private static final Pattern QUOTED = Pattern.compile("^\"[^\"]{12,}[,.!?]\" (?:said|says|stated|states|added"
            + "|adds|writes|wrote|according to)\\b");

    /** Possibilities: "may be", "could be", "is said to". */
    private static final List<String> MODAL = List.of(" may be ", " could be ", " is said to ", " are said to ",
            " might be ", " perhaps ", " possibly ");

    /** "Acme Said to Be Close to Buying Beta": a rumour of the main clause; "…, said to be seeking" is an aside. */
    private static final List<String> SAID_TO = List.of(" said to be ", " said to have ");

    private Hedges() {
    }

    /** Words that leave open whether what follows them with "to" was decided: "plans to launch", "aims to release". */
    private static final Set<String> BEFORE_TO = WordList.of("hedges-before-to");

    private static final Set<String> MODALS = Set.of("could", "might", "would");

    /** Whether {@code lower}, a word before "to", leaves open whether what follows was decided: "plans to". */
    static boolean leavesOpenBeforeTo(String lower) {
        return BEFORE_TO.contains(lower);
    }

    /** Whether {@code lower} is a modal that makes the verb after it only possible: "could launch". */
    static boolean isModal(String lower) {
        return MODALS.contains(lower);
    }

    static boolean beforeVerb(String between) {
        return !between.isEmpty() && BEFORE_VERB.foundIn(between);
    }

    /** Whether the statement is hedged; remembered by the sentence, which the finders and the model's signals ask. */
    static boolean inSentence(Sentence sentence) {
        return sentence.hedged();
    }

    static boolean hedged(Sentence sentence) {
        String text = sentence.text();
        String end = text.substring(Math.max(0, text.length() - 24));
        String lower = sentence.lower();
        // "Report: Acme buys Beta": the sentence keeps the opener (Sentence strips other wire prefixes)
        return REPORTED.in(sentence).find() || attributed(end) || lower.startsWith("report:")
                || lower.startsWith("report -")
                // "How Acme raised its seed round": the story of how it came about, told as a feature
                || lower.startsWith("how ")
                || MODAL.stream().anyMatch(lower::contains) || saidTo(lower)
                // "…, Finds Orvale Market Research": a study's finding, told by whoever made the study
                || lower.contains(", finds ") && FINDS.matcher(lower).find()
                // "\"…,\" stated the council's president": somebody's words, whatever they tell of
                || text.startsWith("\"") && QUOTED.matcher(lower).find();
    }

    private static boolean saidTo(String lower) {
        int comma = lower.indexOf(", ");
        for (String said : SAID_TO) {
            int at = lower.indexOf(said);
            if (at >= 0 && (comma < 0 || at < comma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence's end names its source or asks. The source's words hold no separator, so a match starts at
     * the last one: trying the pattern there alone spares trying its alternatives at every position.
     */
    private static boolean attributed(String end) {
        if (end.endsWith("?") || end.endsWith("?\"")) {
            return true;
        }
        // "- report" and "-report" alike: the last hyphen may be one the source is joined with
        int last = Math.max(end.lastIndexOf(", "), Math.max(end.lastIndexOf('-'), end.lastIndexOf(": ")));
        return last >= 0 && ATTRIBUTED.matcher(end).region(last, end.length()).find();
    }
}
