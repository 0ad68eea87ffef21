package dev.kairos.leads.publish;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.Map;

import dev.kairos.events.Json;
import dev.kairos.events.Lead;
import dev.kairos.events.Topics;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Leads as CloudEvents 1.0 (CloudEvents Java SDK, Kafka protocol binding): type {@value #TYPE}, id
 * {@code leadId:revision}, subject the account id, time the revision's {@code emittedAt}, data the lead's JSON as
 * Kairos writes it. In binary mode the value stays the lead's JSON and the attributes travel in {@code ce_*} headers,
 * so readers that know nothing of CloudEvents still read leads; structured mode wraps it in a JSON envelope.
 */
public final class LeadCloudEvents {

    /** The CloudEvents type of a lead of schema version 2. */
    public static final String TYPE = "dev.kairos.lead.v2";

    private LeadCloudEvents() {
    }

    /** The CloudEvent of one lead revision. */
    public static CloudEvent of(LeadRevision lead, URI source) {
        return CloudEventBuilder.v1()
            .withId(lead.leadId() + ":" + lead.revision())
            .withSource(source)
            .withType(TYPE)
            .withSubject(lead.accountId())
            .withTime(lead.emittedAt().atOffset(ZoneOffset.UTC))
            .withDataContentType("application/json")
            .withData(lead.json())
            .build();
    }

    /** Writes lead revisions as CloudEvents in {@code encoding}. */
    public static Serializer<LeadRevision> serializer(Encoding encoding, URI source) {
        return new LeadSerializer(encoding, source);
    }

    /** Reads leads written as CloudEvents, in either encoding. */
    public static Deserializer<Lead> deserializer() {
        return new LeadDeserializer();
    }

    private static final class LeadSerializer implements Serializer<LeadRevision> {

        private final CloudEventSerializer events = new CloudEventSerializer();

        private final URI source;

        LeadSerializer(Encoding encoding, URI source) {
            this.source = source;
            events.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, encoding,
                    CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE), false);
        }

        @Override
        public byte @Nullable [] serialize(String topic, @Nullable LeadRevision lead) {
            return serialize(topic, new RecordHeaders(), lead);
        }

        @Override
        public byte @Nullable [] serialize(String topic, Headers headers, @Nullable LeadRevision lead) {
            return lead == null ? null : events.serialize(topic, headers, of(lead, source));
        }
    }

    private static final class LeadDeserializer implements Deserializer<Lead> {

        private final CloudEventDeserializer events = new CloudEventDeserializer();

        private final Deserializer<Lead> leads = Json.serde(Topics.LEADS).deserializer();

        @Override
        public @Nullable Lead deserialize(String topic, byte @Nullable [] data) {
            return deserialize(topic, new RecordHeaders(), data);
        }

        @Override
        public @Nullable Lead deserialize(String topic, Headers headers, byte @Nullable [] data) {
            if (data == null) {
                return null;
            }
            CloudEvent event = events.deserialize(topic, headers, data);
            return event.getData() == null ? null : leads.deserialize(topic, event.getData().toBytes());
        }
    }
}
