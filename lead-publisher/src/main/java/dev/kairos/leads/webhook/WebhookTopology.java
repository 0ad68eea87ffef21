package dev.kairos.leads.webhook;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** leads → webhooks, with undeliverable leads on {@code leads.dlt}; endpoints from {@value WebhookEndpoint#TOPIC}. */
final class WebhookTopology {

    /** Where leads go whose delivery failed for good, with the error in their headers. */
    static final String DEAD_LETTERS = Topics.LEADS.deadLetter();

    private WebhookTopology() {
    }

    static void define(StreamsBuilder builder, ProcessorSupplier<String, Lead, String, Lead> delivery) {
        builder.globalTable(WebhookEndpoint.TOPIC,
                Consumed.with(Json.keySerde(), Json.serde(WebhookEndpoint.class)).withName("read-webhook-endpoints"),
                Materialized.<String, WebhookEndpoint, KeyValueStore<Bytes, byte[]>>as(WebhookDelivery.ENDPOINTS)
                    .withKeySerde(Json.keySerde())
                    .withValueSerde(Json.serde(WebhookEndpoint.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WebhookDelivery.PENDING),
                Json.keySerde(), Json.serde(PendingDeliveries.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WebhookDelivery.DUE),
                Json.keySerde(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WebhookDelivery.DELIVERED),
                Json.keySerde(), Serdes.Integer()));
        builder
            .stream(Topics.LEADS.name(),
                    Consumed.with(Json.keySerde(), Json.serde(Topics.LEADS)).withName("read-leads-for-webhooks"))
            .process(delivery, Named.as("deliver-webhooks"), WebhookDelivery.PENDING, WebhookDelivery.DUE,
                    WebhookDelivery.DELIVERED)
            .to(DEAD_LETTERS,
                    Produced.with(Json.keySerde(), Json.serde(Topics.LEADS)).withName("write-undeliverable-leads"));
    }
}
