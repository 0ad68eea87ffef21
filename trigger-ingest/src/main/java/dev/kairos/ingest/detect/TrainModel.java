package dev.kairos.ingest.detect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * {@code TrainModel <labelled.jsonl> <model.bin.gz> [--redistributable-only]}. Items set aside as ambiguous are left
 * out; with {@code --redistributable-only}, so is every item whose licence does not allow redistribution.
 */
public final class TrainModel {

    private TrainModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainModel <labelled.jsonl> <model.bin.gz> [--redistributable-only]");
            System.exit(2);
        }
        boolean redistributableOnly = List.of(args).contains("--redistributable-only");
        List<LabelledItem> items = trainable(LabelledItem.read(Path.of(args[0])), redistributableOnly);
        Map<String, Integer> datasets = new TreeMap<>();
        items.forEach(item -> datasets.merge(item.family(), 1, Integer::sum));
        String description = "trained " + LocalDate.now(ZoneOffset.UTC) + " on " + items.size() + " items of "
                + Path.of(args[0]).getFileName() + " " + datasets + (redistributableOnly ? " (CC0 only)" : "")
                + ", options " + ModelTrainer.Options.defaults();
        long start = System.nanoTime();
        TriggerModel model = train(items, ModelTrainer.Options.defaults(), description);
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

    /** A model of these items, with the features detection reads. */
    public static TriggerModel train(List<LabelledItem> items, ModelTrainer.Options options, String description) {
        List<Features> features = new ArrayList<>(items.size());
        List<Set<TriggerType>> labels = new ArrayList<>(items.size());
        List<ModelTrainer.FinderView> finders = new ArrayList<>(items.size());
        for (LabelledItem item : items) {
            features.add(TriggerDetector.features(item.title(), item.text()));
            labels.add(item.types());
            finders.add(TriggerDetector.finderView(item.title(), item.text()));
        }
        return new ModelTrainer(options).train(features, labels, finders, description);
    }
}
