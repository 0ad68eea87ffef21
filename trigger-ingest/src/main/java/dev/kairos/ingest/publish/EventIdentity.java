package dev.kairos.ingest.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.kairos.events.Company;
import dev.kairos.events.CompanyNames;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerEvent;

/**
 * What makes two reports the same event: the company, the type, the type's key attribute (the round, the person, the
 * location…) and a window of {@value #WINDOW_DAYS} days around when it happened. Five outlets reporting one funding
 * round give one event id, whatever source and instance read them.
 */
public final class EventIdentity {

    static final int WINDOW_DAYS = 14;

    private EventIdentity() {
    }

    public static String eventIdOf(Company company, TriggerDetails details, Instant occurredAt) {
        long window = Math.floorDiv(occurredAt.getEpochSecond(), Duration.ofDays(WINDOW_DAYS).toSeconds());
        return TriggerEvent.idFor(company.key() + "|" + keyAttributeOf(details) + "|" + window, details.type());
    }

    /** The attribute that tells two events of one type at one company apart; not amounts, which get corrected. */
    static String keyAttributeOf(TriggerDetails details) {
        String attribute = switch (details) {
            case TriggerDetails.Funding funding -> funding.round();
            case TriggerDetails.Acquisition acquisition -> name(acquisition.acquirer());
            case TriggerDetails.ExecutiveHire hire -> hire.person() != null ? name(hire.person())
                    : hire.roleCategory().name();
            case TriggerDetails.LeadershipDeparture departure -> departure.person() != null ? name(departure.person())
                    : departure.roleCategory().name();
            case TriggerDetails.Ipo ipo -> "";
            case TriggerDetails.Layoffs layoffs -> "";
            case TriggerDetails.Expansion expansion -> name(expansion.location());
            case TriggerDetails.ProductLaunch launch -> name(launch.product());
            case TriggerDetails.Partnership partnership -> name(partnership.partner());
        };
        return attribute == null ? "" : attribute;
    }

    private static String name(String text) {
        return text == null ? "" : CompanyNames.normalise(text).toLowerCase(Locale.ROOT);
    }
}
