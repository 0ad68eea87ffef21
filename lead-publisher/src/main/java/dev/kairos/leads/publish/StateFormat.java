package dev.kairos.leads.publish;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import dev.kairos.events.Json;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.dataformat.cbor.CBORMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The format of the lead state the publisher reads and writes for every match: CBOR (RFC 8949) through Jackson, the
 * same record mapping as the JSON of the topics, with instants and durations as whole numbers of nanoseconds (since
 * the epoch; exact). Parsing it costs a fraction of parsing JSON with ISO-8601 text, which the thread samples showed as
 * the largest share of the publisher's time. Only the internal store and its changelog use it; every topic a reader
 * sees stays JSON.
 *
 * <p>
 * Jackson's own exact form of an instant is a decimal number of seconds, which it makes through {@link BigDecimal}
 * (and its text) both ways: a fifth of the time of writing the state went there. Values beyond the nanoseconds a
 * {@code long} holds (the years before 1677 and after 2262) are still written that way, and so were all values before
 * 6 December 2026: decimals are read as before.
 */
final class StateFormat {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Seconds whose nanoseconds, with any fraction, fit a {@code long}. */
    private static final long MAX_SECONDS = Long.MAX_VALUE / NANOS_PER_SECOND - 1;

    private static final ObjectMapper MAPPER = CBORMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
        .enable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
        // accessors and record constructors through generated lambdas, not reflection (see PublisherJson)
        .addModule(new BlackbirdModule())
        .addModule(nanoseconds())
        .build();

    private StateFormat() {
    }

    static <T> Serde<T> serde(Class<T> type) {
        Serializer<T> writer = (topic, value) -> value == null ? null : WriteBuffer.write(MAPPER, value);
        return Serdes.serdeFrom(writer, new Json.JsonDeserializer<>(type, MAPPER));
    }

    private static SimpleModule nanoseconds() {
        return new SimpleModule("kairos-state-nanoseconds")
            .addSerializer(Instant.class, new Nanoseconds<>(Instant.class, Instant::getEpochSecond, Instant::getNano))
            .addSerializer(Duration.class, new Nanoseconds<>(Duration.class, Duration::getSeconds, Duration::getNano))
            .setDeserializerModifier(new ValueDeserializerModifier() {

                @Override
                public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                        BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                    Class<?> type = description.getBeanClass();
                    return type == Instant.class || type == Duration.class ? new FromNanoseconds(deserializer, type)
                            : deserializer;
                }
            });
    }

    private static final class Nanoseconds<T> extends StdSerializer<T> {

        private final ToLongFunction<T> seconds;

        private final ToIntFunction<T> nanos;

        Nanoseconds(Class<T> type, ToLongFunction<T> seconds,
                ToIntFunction<T> nanos) {
            super(type);
            this.seconds = seconds;
            this.nanos = nanos;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            long whole = seconds.applyAsLong(value);
            if (Math.abs(whole) <= MAX_SECONDS) {
                generator.writeNumber(whole * NANOS_PER_SECOND + nanos.applyAsInt(value));
            }
            else {
                generator.writeNumber(BigDecimal.valueOf(whole).add(BigDecimal.valueOf(nanos.applyAsInt(value), 9)));
            }
        }
    }

    /** Whole numbers are nanoseconds; anything else goes to the deserializer Jackson would use. */
    private static final class FromNanoseconds extends DelegatingDeserializer {

        private final Class<?> type;

        FromNanoseconds(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new FromNanoseconds(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                long nanos = parser.getLongValue();
                long seconds = Math.floorDiv(nanos, NANOS_PER_SECOND);
                long fraction = Math.floorMod(nanos, NANOS_PER_SECOND);
                return type == Instant.class ? Instant.ofEpochSecond(seconds, fraction)
                        : Duration.ofSeconds(seconds, fraction);
            }
            return _delegatee.deserialize(parser, context);
        }
    }
}
