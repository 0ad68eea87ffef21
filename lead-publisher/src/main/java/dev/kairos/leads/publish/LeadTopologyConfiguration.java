package dev.kairos.leads.publish;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.kairos.events.Topics;
import dev.kairos.leads.PublisherProperties;
import dev.kairos.leads.score.LeadScorer;
import io.cloudevents.core.message.Encoding;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Defines the lead topology on the Boot-managed {@link StreamsBuilder}, with its meters and campaign routing. */
@Configuration(proxyBeanMethods = false)
class LeadTopologyConfiguration implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LeadTopologyConfiguration.class);

    private final StreamsBuilder builder;

    private final Clock clock;

    private final MeterRegistry meters;

    private final PublisherProperties properties;

    private final KafkaAdmin admin;

    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("campaign-topics").daemon().factory());

    LeadTopologyConfiguration(StreamsBuilder builder, Clock clock, MeterRegistry meters,
            PublisherProperties properties, KafkaAdmin admin) {
        this.builder = builder;
        this.clock = clock;
        this.meters = meters;
        this.properties = properties;
        this.admin = admin;
    }

    @Override
    public void afterPropertiesSet() {
        CampaignTopics campaigns = null;
        if (properties.campaignTopics().enabled()) {
            campaigns = new CampaignTopics();
            campaigns.known(properties.campaignTopics()
                .campaigns()
                .stream()
                .map(campaign -> Topics.leadsOf(campaign).name())
                .toList());
            CampaignTopics known = campaigns;
            long every = properties.campaignTopics().refreshInterval().toMillis();
            refresher.scheduleWithFixedDelay(() -> refresh(known), 0, every, TimeUnit.MILLISECONDS);
        }
        LeadTopology.define(builder, new LeadScorer(properties.score()), clock, new LeadMeters(meters),
                new LeadTopology.Options(properties.ageingInterval(), properties.historyRetention(), campaigns,
                        leadWriter(properties)));
    }

    static Serializer<LeadRevision> leadWriter(PublisherProperties properties) {
        URI source = URI.create(properties.cloudeventsSource());
        return switch (properties.cloudevents()) {
            case NONE -> LeadRevision.asJson();
            case BINARY -> LeadCloudEvents.serializer(Encoding.BINARY, source);
            case STRUCTURED -> LeadCloudEvents.serializer(Encoding.STRUCTURED, source);
        };
    }

    /** Campaign topics created since start-up (provisioned, or by an operator) get their leads from now on. */
    private void refresh(CampaignTopics campaigns) {
        try (Admin client = Admin.create(Map.copyOf(admin.getConfigurationProperties()))) {
            campaigns.known(client.listTopics().names().get(30, TimeUnit.SECONDS));
        }
        catch (Exception ex) {
            if (ex instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Cannot list the broker's topics to find campaign topics; trying again later: {}",
                    ex.toString());
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
