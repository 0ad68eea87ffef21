package dev.kairos.ingest.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kairos.ingest.detect.model.LabelledItem;
import org.junit.jupiter.api.Test;

/** What training takes from the project's hand-written sets: never the held-out set, only the supplemented types. */
class TrainModelTest {

    private static final Path SETS = Path.of("src/test/resources/detection");

    @Test
    void learnsFromTheDevelopmentAndValidationSetsButNeverTheHeldOutOne() {
        assertThat(TrainModel.HAND_WRITTEN_SETS).doesNotContain("validation-3.jsonl");
        for (String set : TrainModel.HAND_WRITTEN_SETS) {
            assertThat(SETS.resolve(set)).as(set).isRegularFile();
        }
        assertThat(Path.of("..").resolve(TrainModel.HAND_WRITTEN_DIR).toAbsolutePath().normalize())
            .isEqualTo(SETS.toAbsolutePath().normalize());
    }

    @Test
    void takesTheItemsOfTheSupplementedTypesOnly() throws IOException {
        List<LabelledItem> supplement = TrainModel.supplement(SETS);

        assertThat(supplement).isNotEmpty()
            .allSatisfy(item -> assertThat(Collections.disjoint(item.types(), TrainModel.SUPPLEMENTED)).isFalse());
        Set<String> heldOut = LabelledItem.read(SETS.resolve("validation-3.jsonl"))
            .stream()
            .map(LabelledItem::id)
            .collect(Collectors.toSet());
        assertThat(supplement).extracting(LabelledItem::id).doesNotContainAnyElementsOf(heldOut);
    }
}
