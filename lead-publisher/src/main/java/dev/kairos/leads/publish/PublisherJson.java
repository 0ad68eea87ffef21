package dev.kairos.leads.publish;

import java.util.Map;

import dev.kairos.events.Json;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The JSON of the publisher's hot path (each match read, each revision written): the Kairos mapping of {@link Json},
 * the same text, read and written with Jackson's Blackbird module, which calls accessors and record constructors
 * through generated lambdas where plain Jackson goes through reflection and method handles on every value, and
 * instants in the form Kairos writes them read without the general ISO-8601 parser ({@link IsoInstants}).
 */
final class PublisherJson {

    private static final JsonMapper MAPPER = Json.configure(JsonMapper.builder())
        .addModule(new BlackbirdModule())
        .addModule(IsoInstants.module())
        .build();

    private PublisherJson() {
    }

    static JsonMapper mapper() {
        return MAPPER;
    }

    /** Reads records as {@link Json#serde(Class)} does, with the same errors; writes them as {@link Json} does. */
    static <T> Serde<T> serde(Class<T> type) {
        return Serdes.serdeFrom(new Json.JsonSerializer<>(), new Reader<>(type));
    }

    private static final class Reader<T> implements Deserializer<T> {

        private final Class<T> type;

        Reader(Class<T> type) {
            this.type = type;
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
                return MAPPER.readValue(data, type);
            }
            catch (JacksonException ex) {
                // the reason as Json words it: the dead-letter headers do not depend on which reader failed
                String reason = switch (ex.getCause()) {
                    case NullPointerException missing -> "missing " + missing.getMessage();
                    case IllegalArgumentException invalid -> invalid.getMessage();
                    case null, default -> ex.getOriginalMessage();
                };
                throw new SerializationException("record on " + topic + " is not a valid " + type.getSimpleName()
                        + ": " + reason, ex);
            }
        }
    }
}
