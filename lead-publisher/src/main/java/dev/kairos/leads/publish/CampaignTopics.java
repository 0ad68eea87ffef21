package dev.kairos.leads.publish;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.kairos.events.Topics;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/**
 * Routes a lead to {@code leads.<campaign>}, but only when that topic exists: a missing topic would fail the
 * transaction and stop the stream thread. The topics of configured campaigns are created at start-up; others are
 * found by a periodic look at the broker's topics ({@link #known}).
 */
public final class CampaignTopics implements TopicNameExtractor<String, LeadRevision> {

    private final Set<String> topics = ConcurrentHashMap.newKeySet();

    /** Adds the topics that exist now; names that are not campaign topics are ignored. */
    public void known(Iterable<String> topicNames) {
        for (String name : topicNames) {
            if (name.startsWith(Topics.LEADS_CAMPAIGN_PREFIX) && !name.endsWith(".dlt")) {
                topics.add(name);
            }
        }
    }

    /** Whether a lead goes to its campaign's topic as well. */
    public boolean routes(LeadRevision lead) {
        String campaign = lead.campaign();
        return campaign != null && topics.contains(Topics.LEADS_CAMPAIGN_PREFIX + campaign);
    }

    @Override
    public String extract(String key, LeadRevision lead, RecordContext context) {
        return Topics.LEADS_CAMPAIGN_PREFIX + lead.campaign();
    }
}
