package dev.kairos.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import dev.kairos.events.Company;
import dev.kairos.events.RoleCategory;
import dev.kairos.events.TriggerDetails;
import org.junit.jupiter.api.Test;

class EventIdentityTest {

    static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    @Test
    void givesOneIdToOneRoundReportedByDifferentOutletsWithDifferentAmounts() {
        String first = EventIdentity.eventIdOf(Company.named("Crate"), seed("4000000"), MONDAY);
        String second = EventIdentity.eventIdOf(Company.named("Crate, Inc."), seed("4500000"),
                MONDAY.plusSeconds(3600));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void tellsApartRoundsPeopleAndCompanies() {
        String seed = EventIdentity.eventIdOf(Company.named("Crate"), seed("4000000"), MONDAY);

        assertThat(EventIdentity.eventIdOf(Company.named("Crate"),
                new TriggerDetails.Funding("SERIES_A", null, null, List.of()), MONDAY)).isNotEqualTo(seed);
        assertThat(EventIdentity.eventIdOf(Company.named("Crane"), seed("4000000"), MONDAY)).isNotEqualTo(seed);
        assertThat(EventIdentity.eventIdOf(Company.named("Crate"),
                new TriggerDetails.ExecutiveHire("Dana Whitfield", "CMO", RoleCategory.CMO), MONDAY))
            .isNotEqualTo(EventIdentity.eventIdOf(Company.named("Crate"),
                    new TriggerDetails.ExecutiveHire("Marcus Chen", "CMO", RoleCategory.CMO), MONDAY));
    }

    @Test
    void countsARepeatAsDuplicateAndACorrectionAsTheNextRevision() {
        PublishedEvents published = new PublishedEvents();

        PublishedEvents.Decision first = published.decide("e-1", "amount-4m");
        PublishedEvents.Decision repeat = published.decide("e-1", "amount-4m");
        PublishedEvents.Decision correction = published.decide("e-1", "amount-4.5m");

        assertThat(first.duplicate()).isFalse();
        assertThat(first.next().revision()).isEqualTo(1);
        assertThat(repeat.duplicate()).isTrue();
        assertThat(correction.duplicate()).isFalse();
        assertThat(correction.next().revision()).isEqualTo(2);
    }

    @Test
    void undoesAFailedPublicationSoThatItIsRetried() {
        PublishedEvents published = new PublishedEvents();
        published.remember(new PublishedEvents.Published("e-1", 3, "old"));

        published.undo(published.decide("e-1", "new"));

        assertThat(published.decide("e-1", "new").next().revision()).isEqualTo(4);
        assertThat(published.decide("e-2", "x").next().revision()).isEqualTo(1);
    }

    private static TriggerDetails.Funding seed(String amount) {
        return new TriggerDetails.Funding("SEED", new BigDecimal(amount), Currency.getInstance("USD"), List.of());
    }
}
