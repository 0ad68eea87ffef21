package dev.kairos.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kairos.events.TriggerType;
import dev.kairos.ingest.detect.model.Features;
import dev.kairos.ingest.detect.model.LabelledItem;
import dev.kairos.ingest.detect.model.ModelTrainer;
import dev.kairos.ingest.detect.model.TriggerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detection on real published news labelled by hand ({@code ../shared/detection/real-dev.jsonl} beside the project;
 * the test is skipped where it is absent). The learned part is scored by k-fold cross-validation: for each fold a
 * model is trained with the same code as the shipped one on the other folds, and detection with it scores the fold,
 * so no item is scored by a model fitted to it. The finders alone are scored beside it. Tables, misses, false
 * triggers and wrong names go to {@code target/detection-report.txt}.
 */
class RealNewsQualityTest {

    static final int FOLDS = 5;

    private static RealNewsScorecard detection;

    private static RealNewsScorecard rules;

    @BeforeAll
    static void evaluate() throws IOException {
        Path set = labelledSet();
        assumeTrue(set != null, "../shared/detection/real-dev.jsonl is absent: real-news quality not measured");
        List<LabelledItem> items = TrainModel.trainable(LabelledItem.read(set), false);
        List<Features> features = new ArrayList<>(items.size());
        for (LabelledItem item : items) {
            features.add(TriggerDetector.features(item.title(), item.text()));
        }
        detection = new RealNewsScorecard("Real news, " + FOLDS + "-fold cross-validated");
        rules = new RealNewsScorecard("Real news, finders alone");
        ModelTrainer trainer = new ModelTrainer(ModelTrainer.Options.defaults());
        RuleDetector finders = new RuleDetector();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Features> trainX = new ArrayList<>();
            List<Set<TriggerType>> trainY = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (foldOf(items.get(i)) != fold) {
                    trainX.add(features.get(i));
                    trainY.add(items.get(i).types());
                }
            }
            TriggerModel model = trainer.train(trainX, trainY, "fold " + fold);
            TriggerDetector detector = new TriggerDetector(model);
            for (LabelledItem item : items) {
                if (foldOf(item) == fold) {
                    detection.score(item, detector.detect(item.title(), item.text()));
                    rules.score(item, finders.read(item.title(), item.text()).detections());
                }
            }
        }
        Path report = Path.of("target", "detection-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, detection.table() + "\n" + rules.table() + "\n" + detection.misses);
        System.out.println(detection.table());
        System.out.println(rules.table());
    }

    /** The fold of an item, fixed by its id so that folds do not change when items are added elsewhere. */
    static int foldOf(LabelledItem item) {
        return Math.floorMod(item.id().hashCode() * 0x9E3779B1, FOLDS);
    }

    /** The shared labelled set: under ../shared beside the project, found from the module or the project root. */
    static Path labelledSet() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/detection/real-dev.jsonl");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Per type, an F1 just under what detection reaches (2026-12-05); the goals are 0.92 and 0.85. Expansions sit at
     * 0.52-0.54 as folds' models weigh two borderline items either side of a threshold.
     */
    private static final Map<TriggerType, Double> F1_AT_LEAST = Map.of(TriggerType.FUNDING_ROUND, 0.83,
            TriggerType.ACQUISITION, 0.78, TriggerType.EXECUTIVE_HIRE, 0.80, TriggerType.LEADERSHIP_DEPARTURE, 0.77,
            TriggerType.IPO, 0.82, TriggerType.LAYOFFS, 0.78, TriggerType.EXPANSION, 0.51,
            TriggerType.PRODUCT_LAUNCH, 0.55, TriggerType.PARTNERSHIP, 0.65);

    @Test
    void findsEachTypeAboutAsWellAsMeasured() {
        for (TriggerType type : TriggerType.values()) {
            assertThat(detection.f1(type)).as(type + " f1").isGreaterThanOrEqualTo(F1_AT_LEAST.get(type));
        }
    }

    @Test
    void beatsTheFindersAloneOnTheTypesThatMatterMost() {
        for (TriggerType type : List.of(TriggerType.FUNDING_ROUND, TriggerType.ACQUISITION,
                TriggerType.EXECUTIVE_HIRE, TriggerType.IPO)) {
            assertThat(detection.f1(type)).as(type + " f1").isGreaterThan(rules.f1(type));
        }
    }

    @Test
    void raisesFewerFalseTriggersThanTheFinders() {
        assertThat(detection.falseTriggerRate()).isLessThanOrEqualTo(0.075).isLessThan(rules.falseTriggerRate());
    }

    /** Just under what detection reaches (85.0 % of companies and people, 84.9 % of role categories); goal: 90 %. */
    @Test
    void namesTheCompanyAndPersonOfMostTriggers() {
        assertThat(detection.entityAccuracy()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void placesMostExecutiveMovesInTheRightRoleCategory() {
        assertThat(detection.roleCategoryAccuracy()).isGreaterThanOrEqualTo(0.83);
    }
}
