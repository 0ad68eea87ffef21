package dev.kairos.ingest.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import org.jspecify.annotations.Nullable;

/**
 * Finds buying triggers in a headline and its first sentence (or summary), as TRIGGERS.md defines them: English
 * only, facts and decisions only (no talks, plans or rumours), one detection per trigger type. Immutable and
 * thread-safe.
 */
public final class TriggerDetector {

    private static final List<Finder> FINDERS = List.of(new FundingFinder(), new AcquisitionFinder(),
            new ExecutiveMoveFinder(), new IpoFinder(), new LayoffsFinder(), new ExpansionFinder(),
            new LaunchFinder(), new PartnershipFinder());

    /** Where a lede's first sentence ends: a full stop before a capital, not after "Inc." or "U.S.". */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|vs|Bros|Cos|[A-Z]))[.!?](?=\\s+[\"'A-Z(])");

    /** Dateline of a press release or wire story: "SAN FRANCISCO, March 3, 2025 /PRNewswire/ --". */
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z.' -]{1,40}(?:, ?[A-Z][A-Za-z.' ]{1,30}?)*"
            + "(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:, ?\\d{4})?)?\\s*"
            + "(?:(?:--|—|–)\\s*)?(?:\\([^)]{1,60}\\)|/[^/]{1,60}/)?\\s*(?:--|—|–|-)\\s*");

    private static final int MAX_CHARS = 600;

    /** The triggers in an item: a headline, and optionally its first sentence or summary. */
    public List<Detection> detect(String title, @Nullable String text) {
        String lede = text == null ? "" : firstSentence(text);
        String headline = clip(title);
        if (!English.isEnglish(headline + " " + lede)) {
            return List.of();
        }
        Map<TriggerType, Detection> found = new LinkedHashMap<>();
        Sentence headlineSentence = Sentence.of(headline);
        for (Detection detection : detectIn(headlineSentence)) {
            found.putIfAbsent(detection.type(), detection);
        }
        if (!lede.isEmpty()) {
            String topic = found.isEmpty() ? headlineSentence.leadingName()
                    : found.values().iterator().next().company();
            for (Detection detection : detectIn(Sentence.of(lede, topic))) {
                Detection inTitle = found.get(detection.type());
                if (inTitle == null) {
                    found.put(detection.type(), new Detection(detection.company(), detection.details(),
                            Math.max(0.5, detection.confidence() - 0.1)));
                }
                else {
                    found.put(detection.type(), Details.completed(inTitle, detection));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static List<Detection> detectIn(Sentence sentence) {
        if (sentence.words().size() < 2 || Hedges.inSentence(sentence)) {
            return List.of();
        }
        List<Detection> found = new ArrayList<>(2);
        for (Finder finder : FINDERS) {
            finder.find(sentence, found);
        }
        found.removeIf(detection -> detection.company() == null && !(detection.details()
                instanceof TriggerDetails.Acquisition));
        return found;
    }

    static String firstSentence(String text) {
        String plain = clip(text.strip());
        plain = DATELINE.matcher(plain).replaceFirst("");
        var end = SENTENCE_END.matcher(plain);
        return end.find() ? plain.substring(0, end.start() + 1) : plain;
    }

    private static String clip(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
