package dev.kairos.ingest.detect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kairos.events.TriggerType;
import dev.kairos.ingest.detect.model.Features;
import dev.kairos.ingest.detect.model.LabelledItem;
import dev.kairos.ingest.detect.model.ModelTrainer;
import dev.kairos.ingest.detect.model.TriggerModel;

/**
 * Trains the detection model from a labelled set and writes it where the jar takes it from:
 * {@code TrainModel <labelled.jsonl> <model.bin.gz> [--redistributable-only] [--hand-written <dir>]}, from the
 * project's root. Items set aside as ambiguous are left out; with {@code --redistributable-only}, so is every item
 * whose licence does not allow redistribution. The project's hand-written sets (in {@value #HAND_WRITTEN_DIR} unless
 * {@code --hand-written} names another directory) supplement the set: see {@link #supplement(Path)}.
 */
public final class TrainModel {

    /** Where the project's hand-written sets are, from the project's root. */
    public static final String HAND_WRITTEN_DIR = "trigger-ingest/src/test/resources/detection";

    /**
     * The hand-written sets training may learn from: the development and validation sets. The held-out set
     * ({@code validation-3.jsonl}) is never trained on, so that its figures stay an estimate.
     */
    public static final List<String> HAND_WRITTEN_SETS = List.of("funding-ipo.jsonl",
            "acquisition-partnership.jsonl", "executive-moves.jsonl", "operations-and-negatives.jsonl",
            "validation.jsonl", "validation-2.jsonl");

    /**
     * The types whose regressions learn from hand-written examples too: two of the three the labelled news has
     * fewest of. Not product launches: the hand-written sets count promotional launches the real set's labels do
     * not, and with them launches lost 0.02 F1 in 5-fold cross-validation.
     */
    public static final Set<TriggerType> SUPPLEMENTED = EnumSet.of(TriggerType.EXPANSION, TriggerType.PARTNERSHIP);

    private TrainModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainModel <labelled.jsonl> <model.bin.gz> [--redistributable-only]"
                    + " [--hand-written <dir>]");
            System.exit(2);
        }
        List<String> options = List.of(args);
        boolean redistributableOnly = options.contains("--redistributable-only");
        int dirAt = options.indexOf("--hand-written");
        Path handWritten = Path.of(dirAt >= 0 && dirAt + 1 < args.length ? args[dirAt + 1] : HAND_WRITTEN_DIR);
        if (!Files.isDirectory(handWritten)) {
            System.err.println("no hand-written sets in " + handWritten.toAbsolutePath()
                    + ": run from the project's root or name their directory with --hand-written <dir>");
            System.exit(2);
        }
        List<LabelledItem> items = trainable(LabelledItem.read(Path.of(args[0])), redistributableOnly);
        List<LabelledItem> supplement = supplement(handWritten);
        Map<String, Integer> datasets = new TreeMap<>();
        items.forEach(item -> datasets.merge(item.family(), 1, Integer::sum));
        String description = "trained " + LocalDate.now(ZoneOffset.UTC) + " on " + items.size() + " items of "
                + Path.of(args[0]).getFileName() + " " + datasets + (redistributableOnly ? " (CC0 only)" : "")
                + " and " + supplement.size() + " hand-written items of " + SUPPLEMENTED + ", options "
                + ModelTrainer.Options.defaults();
        long start = System.nanoTime();
        TriggerModel model = train(items, supplement, ModelTrainer.Options.defaults(), description);
        double seconds = (System.nanoTime() - start) / 1e9;
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        System.out.println(description);
        System.out.println(model.size() + " feature buckets, " + Files.size(out) + " bytes written to " + out);
        for (TriggerType type : TriggerType.values()) {
            System.out.printf(java.util.Locale.ROOT, "%-22s threshold %.2f with a finder, %s without%n", type,
                    model.withFinder(type), model.alone(type) > 1 ? "never" : String.format(java.util.Locale.ROOT,
                            "%.2f", model.alone(type)));
        }
        System.out.printf(java.util.Locale.ROOT, "trained in %.1f s%n", seconds);
    }

    /** The items a model may learn from: not ambiguous, and redistributable when asked. */
    public static List<LabelledItem> trainable(List<LabelledItem> items, boolean redistributableOnly) {
        return items.stream()
            .filter(item -> !item.ambiguous())
            .filter(item -> !redistributableOnly || item.redistributable())
            .toList();
    }

    /**
     * The hand-written items that supplement training: those of {@link #HAND_WRITTEN_SETS} in the directory that carry
     * a type of {@link #SUPPLEMENTED} (152 items). The labelled news has 130-200 examples of each of these types, too
     * few for the ways they are told; with the sets' examples their F1 rose from 0.39 to 0.52 (expansions) and 0.55
     * to 0.60 (partnerships) in families of news the model never saw, and a little in 5-fold cross-validation, false
     * triggers unchanged (6 December 2026). The sets' other items, and the gate learning from them, cost more in
     * false triggers than they gave (see the model card).
     */
    public static List<LabelledItem> supplement(Path dir) throws IOException {
        List<LabelledItem> supplement = new ArrayList<>();
        for (String set : HAND_WRITTEN_SETS) {
            for (LabelledItem item : LabelledItem.read(dir.resolve(set))) {
                if (!item.ambiguous() && !Collections.disjoint(item.types(), SUPPLEMENTED)) {
                    supplement.add(item);
                }
            }
        }
        return supplement;
    }

    /** A model of these items, with the features detection reads. */
    public static TriggerModel train(List<LabelledItem> items, ModelTrainer.Options options, String description) {
        return train(items, List.of(), options, description);
    }

    /**
     * A model of these items and supplementary ones, with the features detection reads: the supplementary items
     * add to what the regressions of {@link #SUPPLEMENTED} learn, calibration and thresholds are the items' alone (see
     * {@link ModelTrainer#train(List, List, List, List, List, Set, String)}).
     */
    public static TriggerModel train(List<LabelledItem> items, List<LabelledItem> supplement,
            ModelTrainer.Options options, String description) {
        List<Features> extra = new ArrayList<>(supplement.size());
        List<Set<TriggerType>> extraLabels = new ArrayList<>(supplement.size());
        for (LabelledItem item : supplement) {
            extra.add(TriggerDetector.features(item.title(), item.text()));
            extraLabels.add(item.types());
        }
        List<Features> features = new ArrayList<>(items.size());
        List<Set<TriggerType>> labels = new ArrayList<>(items.size());
        List<ModelTrainer.FinderView> finders = new ArrayList<>(items.size());
        for (LabelledItem item : items) {
            features.add(TriggerDetector.features(item.title(), item.text()));
            labels.add(item.types());
            finders.add(TriggerDetector.finderView(item.title(), item.text()));
        }
        return new ModelTrainer(options).train(features, labels, finders, extra, extraLabels, SUPPLEMENTED,
                description);
    }
}
