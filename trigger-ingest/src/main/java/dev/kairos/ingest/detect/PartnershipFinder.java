package dev.kairos.ingest.detect;

import java.util.List;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;

/**
 * {@code PARTNERSHIP}: "Acme partners with Beta", "Acme and Beta team up on …", "Acme signs distribution agreement
 * with Beta", "Acme forms joint venture with Beta". Not talks or the end of a partnership.
 */
final class PartnershipFinder implements Finder {

    private static final String KIND = "(?:(?:[a-z0-9][\\w&'-]*|[A-Z]{2,}[\\w-]*) ){0,3}?"
            + "(?:(?:strategic|global|multi-year|multiyear|long-term|exclusive|expanded|"
            + "new|technology|tech|commercial|go-to-market|co-marketing|reseller|distribution|licensing|"
            + "integration|research|development|r&d|supply|manufacturing|joint|cloud|ai|channel|oem|white-label"
            + "|referral|collaboration|marketing|sales|content|data|payments?|banking|insurance|\\w+-year) )*";

    /** "Acme partners with Beta": the partner follows "with". */
    private static final WordPattern WITH = new WordPattern("(?i)\\b(?:partners?|partnered|partnering|to partner|"
            + "teams? up|teamed up|teaming up|teams|teamed|joins? forces|joined forces|allies|allied|collaborates?"
            + "|collaborated"
            + "|integrates?|integrated|(?:signs?|signed|inks?|inked|strikes?|struck|forms?|formed|announces?|"
            + "announced|announce|enters?(?: into)?|entered(?: into)?|launches?|launched|"
            + "establishes?|established|seals?|"
            + "sealed|expands?|expanded|extends?|extended|deepens?|deepened|renews?|renewed|unveils?|unveiled|"
            + "creates?|created|sets? up|agrees?|agreed|reaches?|reached) (?:an? |its |their |our )?" + KIND
            + "(?:partnership|alliance|joint venture|jv|collaboration|integration|agreement|deal|pact|tie-up|"
            + "mou|memorandum of understanding|relationship)(?: agreement| deal)?|ties? up|tied up)"
            + " with\\b", " with");

    /** "Acme and Beta partner", "Acme, Beta form joint venture". */
    private static final WordPattern PAIR = new WordPattern("(?i)\\b(?:partner|partnered|team up|teamed up|join forces"
            + "|agree|agreed|agree on|agreed on"
            + "|joined forces|ally|collaborate|tie up"
            + "|(?:forge|forged|sign|signed|ink|inked|strike|struck|form|formed|announce"
            + "|announced|enter(?: into)?|entered(?: into)?|launch|launched|establish|established|seal|sealed|create"
            + "|created|set up|expand|expanded|extend|extended|deepen|deepened) (?:an? |their |new )?" + KIND
            + "(?:partnership|alliance|joint venture|jv|collaboration|tie-up|pact|deal|agreement|consortium))\\b",
            "partner", "team up", "teamed up", "join", "agree", "ally", "alliance", "collaborat", "tie up", "tie-up",
            "jv", "pact", "deal", "consortium");

    private static final Pattern NOT_PARTNERSHIP = Pattern.compile("(?i)\\b(?:ends?|ended|terminat\\w+|cuts? ties"
            + "|severs?|dissolv\\w+|scraps?|exits?|quits?|walks? away|union|government|ministry|talks|acquire|buy"
            + "|merge|merger|settlement|settle|lawsuit|plea|ceasefire|truce|trade deal|treaty|nato|labou?r deal)\\b");

    private static final Pattern DEAL_KIND = Pattern.compile("(?i)(?:partnership|alliance|joint venture|jv|"
            + "collaboration|integration|tie-up|distribution|reseller|licensing|co-marketing|oem|referral|"
            + "white-label|channel|strategic|go-to-market|codeshare|co-development|supply|technology|research)");

    @Override
    public long patterns() {
        return WordPattern.bits(WITH, PAIR, BETWEEN, IN_PARTNERSHIP);
    }

    @Override
    public List<TriggerType> types() {
        return List.of(TriggerType.PARTNERSHIP);
    }

    @Override
    public void find(Sentence sentence, List<Detection> found) {
        String text = sentence.text();
        WordPattern.Scan with = WITH.in(sentence);
        while (with.find()) {
            if (!hasKind(with.group()) || NOT_PARTNERSHIP.matcher(with.group()).find()) {
                continue;
            }
            Sentence.Subject subject = Finder.subject(sentence, with);
            if (subject == null) {
                continue;
            }
            String partner = sentence.nameStartingAt(sentence.wordFrom(with.end()));
            if (partner == null || partner.equals(subject.name()) || Places.isPlace(partner)) {
                continue;
            }
            found.add(new Detection(subject.name(), new TriggerDetails.Partnership(partner),
                    subject.inherited() ? 0.72 : 0.85));
            return;
        }
        WordPattern.Scan in = IN_PARTNERSHIP.in(sentence);
        if (in.find() && IN_A.matcher(text.substring(Math.max(0, in.start() - 50), in.start())).find()
                && !Hedges.beforeVerb(text.substring(0, in.start()))) {
            String partner = sentence.nameStartingAt(sentence.wordFrom(in.end()));
            String company = sentence.leadingName();
            if (partner != null && company != null && !partner.equals(company)) {
                found.add(new Detection(company, new TriggerDetails.Partnership(partner), 0.8));
                return;
            }
        }
        WordPattern.Scan between = BETWEEN.in(sentence);
        if (between.find() && DEAL_KIND.matcher(text.substring(Math.max(0, between.start() - 30), between.end())).find()
                && !Hedges.beforeVerb(text.substring(0, between.start()))) {
            String first = sentence.nameStartingAt(sentence.wordFrom(between.end()));
            int and = text.indexOf(" and ", between.end());
            String second = and < 0 ? null : sentence.nameStartingAt(sentence.wordFrom(and + 5));
            if (first != null && second != null && !first.equals(second)) {
                found.add(new Detection(first, new TriggerDetails.Partnership(second), 0.8));
                return;
            }
        }
        WordPattern.Scan pair = PAIR.in(sentence);
        while (pair.find()) {
            String rest = text.substring(pair.start(), Finder.clauseEnd(sentence, pair.end()));
            boolean bare = pair.group().toLowerCase(java.util.Locale.ROOT).startsWith("agree");
            if (!(hasKind(pair.group()) && !bare || DEAL_KIND.matcher(rest).find())
                    || NOT_PARTNERSHIP.matcher(rest).find()) {
                continue;
            }
            String before = text.substring(0, pair.start()).stripTrailing();
            int and = Math.max(Math.max(before.lastIndexOf(" and "), before.lastIndexOf(" And ")),
                    Math.max(before.lastIndexOf(", "), before.lastIndexOf(" & ")));
            if (and < 0) {
                continue;
            }
            Sentence.Subject second = sentence.subjectOf(sentence.wordAt(pair.start()));
            int firstEnd = sentence.wordBefore(and + 1);
            String first = sentence.nameEndingAt(firstEnd);
            if (second == null || second.name() == null || second.inherited() || first == null
                    || !onlyAuxiliaries(second.between()) || first.equals(second.name())
                    || !startsClause(sentence, firstEnd, first)) {
                continue;
            }
            found.add(new Detection(firstOfList(sentence, firstEnd, first),
                    new TriggerDetails.Partnership(second.name()), 0.85));
            return;
        }
    }

    /** "Lyft, Didi, Ola and GrabTaxi partner": the first of the names listed before the one ending at {@code end}. */
    private static String firstOfList(Sentence sentence, int end, String name) {
        String first = name;
        int start = end - (name.split(" ").length - 1);
        while (start - 1 >= 0 && sentence.words().get(start - 1).text().endsWith(",")) {
            String earlier = sentence.nameEndingAt(start - 1);
            if (earlier == null) {
                break;
            }
            first = earlier;
            start = start - 1 - (earlier.split(" ").length - 1);
        }
        return first;
    }

    /** "Strategic alliance formed between Acme and Beta". */
    private static final WordPattern BETWEEN = new WordPattern("(?i)\\b(?:partnership|alliance|joint venture|jv"
            + "|collaboration|tie-up|pact|agreement|deal)"
            + "(?: (?:formed|signed|struck|announced|agreed|sealed))? between\\b");

    /** "… in partnership with Beta": the partnership, found by its noun; what stands before is checked apart. */
    private static final WordPattern IN_PARTNERSHIP = new WordPattern("(?i)\\b(?:partnership|collaboration|alliance"
            + "|tie-up|joint venture) with\\b");

    private static final Pattern IN_A = Pattern.compile("(?i)\\b(?:in|through|via|under) (?:a |an |its )?"
            + KIND + "$");

    private static final Pattern AUXILIARIES = Pattern.compile("(?i)^(?:(?:to|will|have|has|agree|agreed|agrees"
            + "|officially|formally|now|also|today|plan to)\\s*)*$");

    private static boolean onlyAuxiliaries(String between) {
        return AUXILIARIES.matcher(between).matches();
    }

    /** Whether the first partner's name opens its clause: "Acme and Beta partner", not "…, a former Beta partner". */
    private static boolean startsClause(Sentence sentence, int nameEnd, String name) {
        int words = name.split(" ").length;
        int start = nameEnd - words + 1;
        return start <= 0 || sentence.words().get(start - 1).endsClause();
    }

    private static final Pattern GENERIC_DEAL = Pattern.compile("\\b(?:agreement|deal|pact|mou"
            + "|memorandum of understanding|relationship)\\b");

    private static boolean hasKind(String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        boolean genericDeal = GENERIC_DEAL.matcher(lower).find();
        return !genericDeal || DEAL_KIND.matcher(lower).find() || lower.startsWith("partner")
                || lower.startsWith("team") || lower.startsWith("join") || lower.startsWith("collab")
                || lower.startsWith("integrat") || lower.startsWith("ally") || lower.startsWith("allie");
    }
}
