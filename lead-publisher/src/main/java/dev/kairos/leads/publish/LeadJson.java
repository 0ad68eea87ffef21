package dev.kairos.leads.publish;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A lead revision's JSON, written once however many times it is stored and sent: the history store, {@code leads},
 * {@code leads.<campaign>} and the CloudEvent's data all take the same bytes. Each stream thread remembers the last
 * revision it wrote (by identity: a {@link Lead} is immutable) with its bytes.
 */
final class LeadJson {

    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

    private LeadJson() {
    }

    /** The lead's JSON as {@link Json} writes it (by {@link PublisherJson}); the caller must not change the array. */
    static byte[] bytes(Lead lead) {
        Last last = LAST.get();
        if (last.lead != lead) {
            last.bytes = PublisherJson.mapper().writeValueAsBytes(lead);
            last.lead = lead;
        }
        return last.bytes;
    }

    /** Writes leads through {@link #bytes}, reads them as {@link Json} does. */
    static Serde<Lead> serde() {
        return Serdes.serdeFrom(new LeadSerializer(), Json.serde(Topics.LEADS).deserializer());
    }

    private static final class Last {

        private @Nullable Lead lead;

        private byte[] bytes = new byte[0];
    }

    private static final class LeadSerializer implements Serializer<Lead> {

        @Override
        public byte @Nullable [] serialize(String topic, @Nullable Lead lead) {
            return lead == null ? null : bytes(lead);
        }
    }
}
