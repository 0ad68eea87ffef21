package dev.kairos.events;

import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of every Kairos contract: ISO-8601 instants and durations, plain decimals, unknown properties
 * ignored so that older readers survive additive change.
 */
public final class Json {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private Json() {
    }

    /** Applies the Kairos mapping to a builder, e.g. the one a Spring application configures for its REST API. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** The shared mapper; it is immutable and thread-safe. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Reads {@code json} as {@code type}; a mapping or validation failure becomes an IllegalArgumentException. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException(describe(ex, type), ex);
        }
    }

    public static Serde<String> keySerde() {
        return Serdes.String();
    }

    public static <T> Serde<T> serde(Class<T> type) {
        return Serdes.serdeFrom(new JsonSerializer<>(), new JsonDeserializer<>(type));
    }

    public static <T> Serde<T> serde(Topic<String, T> topic) {
        return serde(topic.valueType());
    }

    static String describe(JacksonException ex, Class<?> type) {
        String reason = switch (ex.getCause()) {
            case NullPointerException missing -> "missing " + missing.getMessage();
            case IllegalArgumentException invalid -> invalid.getMessage();
            case null, default -> ex.getOriginalMessage();
        };
        return "not a valid " + type.getSimpleName() + ": " + reason;
    }

    /** Writes any contract record as UTF-8 JSON; {@code null} stays a tombstone. */
    public static final class JsonSerializer<T> implements Serializer<T> {

        private final ObjectMapper mapper;

        public JsonSerializer() {
            this(MAPPER);
        }

        /** With another mapper of the same mapping (a faster one, another format). */
        public JsonSerializer(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public byte @Nullable [] serialize(String topic, @Nullable T data) {
            return data == null ? null : mapper.writeValueAsBytes(data);
        }
    }

    /**
     * Reads one contract record type. Bad bytes raise a {@link SerializationException} naming the topic and the
     * reason, which the services' error handlers route to the dead-letter topic.
     */
    public static final class JsonDeserializer<T> implements Deserializer<T> {

        private final Class<T> type;

        private final ObjectMapper mapper;

        public JsonDeserializer(Class<T> type) {
            this(type, MAPPER);
        }

        /** With another mapper of the same mapping (a faster one, another format), failing with the same reasons. */
        public JsonDeserializer(Class<T> type, ObjectMapper mapper) {
            this.type = type;
            this.mapper = mapper;
        }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
        }

        @Override
        public @Nullable T deserialize(String topic, byte @Nullable [] data) {
            if (data == null) {
                return null;
            }
            try {
                return mapper.readValue(data, type);
            }
            catch (JacksonException ex) {
                throw new SerializationException("record on " + topic + " is " + describe(ex, type), ex);
            }
        }
    }
}
