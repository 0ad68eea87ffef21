package dev.kairos.leads.publish;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kairos.events.Lead;
import dev.kairos.events.TriggerMatch;
import dev.kairos.leads.score.LeadScorer;
import dev.kairos.leads.segment.Segments;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns a match into a lead in the segment the event's age puts it in. The {@value #STORE} store remembers the last
 * lead per lead id, so that the same match seen again (a re-ingested item, a replay) writes nothing new.
 */
final class LeadMaker implements Processor<String, TriggerMatch, String, Lead> {

    /** Lead id → the lead last written. */
    static final String STORE = "leads-by-id";

    private final LeadScorer scorer;

    private final Clock clock;

    private final MeterRegistry meters;

    private ProcessorContext<String, Lead> context;

    private KeyValueStore<String, Lead> leads;

    LeadMaker(LeadScorer scorer, Clock clock, MeterRegistry meters) {
        this.scorer = scorer;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, Lead> context) {
        this.context = context;
        this.leads = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, TriggerMatch> record) {
        TriggerMatch match = record.value();
        if (match == null) {
            return;
        }
        Instant now = clock.instant();
        Optional<Segments.Placement> placement = Segments.place(match.event().occurredAt(), now, match.segments());
        if (placement.isEmpty()) {
            meters.counter("kairos.publisher.matches", "outcome", "too_old").increment();
            return;
        }
        String leadId = Lead.idFor(match.accountId(), match.ruleId(), match.event().eventId());
        Lead previous = leads.get(leadId);
        String segment = placement.get().segment().name();
        if (previous != null && previous.segment().equals(segment)) {
            meters.counter("kairos.publisher.matches", "outcome", "duplicate").increment();
            return;
        }
        Lead lead = new Lead(Lead.SCHEMA_VERSION, leadId, match.accountId(), match.accountName(),
                match.accountStatus(), match.ruleId(), match.event().type(), match.event().eventId(), segment,
                scorer.score(match), match.event().occurredAt(), placement.get().validFrom(),
                placement.get().validUntil(), List.of(match.event().evidence()), now);
        leads.put(leadId, lead);
        meters.counter("kairos.publisher.matches", "outcome", "lead").increment();
        meters.counter("kairos.publisher.leads", "segment", segment).increment();
        context.forward(record.withKey(match.accountId()).withValue(lead));
    }
}
