package dev.kairos.ingest.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerType;
import dev.kairos.ingest.detect.model.Features;
import dev.kairos.ingest.detect.model.ModelTrainer;
import dev.kairos.ingest.detect.model.TriggerModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds buying triggers in a headline and its first sentence (or summary), as TRIGGERS.md defines them: English
 * only, facts and decisions only (no talks, plans or rumours). The finders read the item by their word patterns; a
 * learned model, weighing the item's words with what the finders saw, decides whether the item carries any trigger
 * and which types: a type is reported from the threshold training chose for it, a lower one where a finder detected
 * it too, and without a finder only where no finder ruled it out. The finders' detection of a type it accepts gives
 * who and what, else the best guess of the company. A trigger's confidence is the model's calibrated probability.
 * Immutable and thread-safe.
 */
public final class TriggerDetector {

    private static final Logger log = LoggerFactory.getLogger(TriggerDetector.class);

    /** Items whose detection failed on a fault of its own; each also gives no triggers rather than an exception. */
    private static final AtomicLong FAILURES = new AtomicLong();

    private static final RuleDetector RULES = new RuleDetector();

    private final TriggerModel model;

    /** A detector with the model shipped in the jar. */
    public TriggerDetector() {
        this(TriggerModel.bundled());
    }

    public TriggerDetector(TriggerModel model) {
        this.model = model;
    }

    /**
     * The triggers in an item: a headline, and optionally its first sentence or summary. Never throws: text that
     * trips a fault in detection gives no triggers and is counted in {@link #failures()}.
     */
    public List<Detection> detect(String title, @Nullable String text) {
        try {
            return detectOrFail(title, text);
        }
        catch (RuntimeException ex) {
            FAILURES.incrementAndGet();
            log.warn("Detection failed on \"{}\": {}", title, ex.toString());
            return List.of();
        }
    }

    /** How many items detection failed on since the JVM started. */
    public static long failures() {
        return FAILURES.get();
    }

    /** The features the model reads in an item: its words and what the finders saw in it. */
    public static Features features(String title, @Nullable String text) {
        return features(RULES.read(title, text));
    }

    /** What the finders make of an item, as training weighs its thresholds against it. */
    static ModelTrainer.FinderView finderView(String title, @Nullable String text) {
        Reading reading = RULES.read(title, text);
        if (!reading.english()) {
            return new ModelTrainer.FinderView(Set.of(), EnumSet.allOf(TriggerType.class));
        }
        Set<TriggerType> found = EnumSet.noneOf(TriggerType.class);
        reading.detections().forEach(detection -> found.add(detection.type()));
        return new ModelTrainer.FinderView(found, reading.ruledOut());
    }

    static Features features(Reading reading) {
        List<String> signals = new ArrayList<>(24);
        RuleDetector.signals(reading, signals);
        return Features.of(reading.headline().text(), reading.lede() == null ? "" : reading.lede().text(), signals);
    }

    private List<Detection> detectOrFail(String title, @Nullable String text) {
        Reading reading = RULES.read(title, text);
        if (!reading.english()) {
            return List.of();
        }
        // the types' heads are worked out under the gate only where a finder found a type the gate lets through
        boolean passesGate = false;
        for (Detection detection : reading.detections()) {
            passesGate |= TriggerModel.FINDER_PASSES_GATE.contains(detection.type());
        }
        double[] probabilities = model.probabilitiesWhereAny(features(reading),
                passesGate ? Double.NEGATIVE_INFINITY : TriggerModel.ANY);
        if (probabilities == null) {
            return List.of();
        }
        boolean anyTrigger = probabilities[TriggerModel.ANY_INDEX] >= TriggerModel.ANY;
        List<Detection> found = new ArrayList<>(2);
        TriggerType[] types = TriggerType.values();
        for (int t = 0; t < types.length; t++) {
            double probability = probabilities[t];
            if (probability < model.withFinder(types[t])
                    || !anyTrigger && !TriggerModel.FINDER_PASSES_GATE.contains(types[t])) {
                continue;
            }
            boolean extracted = false;
            for (Detection detection : reading.detections()) {
                if (detection.type() == types[t]) {
                    found.add(new Detection(detection.company(), detection.details(), probability));
                    extracted = true;
                }
            }
            if (!extracted && anyTrigger && probability >= model.alone(types[t])
                    && !reading.ruledOut().contains(types[t])) {
                found.add(Fallback.detection(types[t], reading, probability));
            }
        }
        return found;
    }
}
