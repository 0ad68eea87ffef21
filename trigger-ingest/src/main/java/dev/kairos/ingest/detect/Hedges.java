package dev.kairos.ingest.detect;

import java.util.regex.Pattern;

/**
 * Words that make a statement a possibility, a plan, a rumour or a denial rather than a fact: "in talks to buy",
 * "could cut", "according to a report". TRIGGERS.md counts only what happened or was decided.
 */
final class Hedges {

    /** Between a subject and its verb: "Acme in talks to buy", "Acme could cut", "Acme denies it will". */
    private static final Pattern BEFORE_VERB = Pattern.compile("(?i)\\b(?:in (?:advanced |early |final |exclusive )?"
            + "talks|talks|considers?|considering|contemplat\\w*|mulls?|mulling|weighs?|weighing|explores?|exploring"
            + "|eyes|eyeing|eyed|could|may|might|should|plans?|planning|planned|seeks?|seeking|sought|looks?"
            + "|looking|nears?|nearing|wants?|wanted|hopes?|hoping|aims?|aiming|intends?|expected|expects?|likely"
            + "|unlikely|poised|reportedly|rumou?red|said|denies|denied|deny|won't|not|never|no longer|fails?|failed"
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
            + "|bid to|attempt to|effort to)\\b");

    /** Anywhere in a sentence: the statement is somebody else's report, or a question. */
    private static final Pattern SENTENCE = Pattern.compile("(?i)(?:\\breportedly\\b|\\breport(?:s|ed)? (?:says?|claims?)"
            + "|\\bsources? (?:say|said|says|tell|told|claim)|\\bpeople familiar\\b|\\baccording to (?:a |the |"
            + "media |news |press )?(?:reports?|sources?|people|media|insiders|persons|person)\\b|\\brumou?rs?\\b|"
            + "\\bspeculation\\b|\\bspeculates?\\b|[-:,] (?:report|sources|source|media|wsj|ft|bloomberg)$|"
            + "^report:|\\bin talks\\b|\\bhypothetical\\b|\\bwhat if\\b|\\bwould-be\\b|\\?$|\\?\"?$|"
            + "\\bmay be\\b|\\bcould be\\b|\\bis said to\\b|\\bare said to\\b|\\bunconfirmed\\b|\\bleaked\\b|\\bletter of intent\\b|\\bloi\\b|\\bnon-binding\\b)");

    private Hedges() {
    }

    static boolean beforeVerb(String between) {
        return !between.isEmpty() && BEFORE_VERB.matcher(between).find();
    }

    static boolean inSentence(Sentence sentence) {
        return SENTENCE.matcher(sentence.text()).find();
    }
}
