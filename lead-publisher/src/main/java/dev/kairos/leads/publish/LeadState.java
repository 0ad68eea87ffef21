package dev.kairos.leads.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kairos.events.Account;
import dev.kairos.events.Lead;
import dev.kairos.events.Segment;
import org.jspecify.annotations.Nullable;

/**
 * An active lead as the publisher keeps it: the revision last written, and what it needs to merge, age and re-score
 * it without any other input.
 *
 * @param lead the revision last written
 * @param segments the rule's segments, from its newest match
 * @param cooldown the rule's cooldown, from its newest match
 * @param anchor when the trigger that started the lead happened: triggers within the cooldown of it merge
 * @param matchIds every match merged into the lead, so that a match seen again changes nothing
 * @param account the account as its newest match knew it
 * @param nextTransition when the lead is due for its next segment (or to expire)
 */
record LeadState(Lead lead, List<Segment> segments, Duration cooldown, Instant anchor, Set<String> matchIds,
        @Nullable Account account, Instant nextTransition) {

    LeadState {
        segments = List.copyOf(segments);
        matchIds = Set.copyOf(matchIds);
    }
}
