package dev.kairos.leads.publish;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the instants of the input the short way: every instant Kairos writes has the form of
 * {@link Instant#toString()} ({@code 2026-11-20T12:00:00.123Z}: UTC, {@code Z}, 0 to 9 fraction digits), which is read
 * here digit by digit instead of through {@code DateTimeFormatter}'s general parser (the thread samples showed that
 * parser as a tenth of reading a match). Any other text, and any number, goes to Jackson's own deserializer, so what
 * is accepted and every error stay as they were. The load harness reads the leads' {@code emittedAt} with it too.
 */
public final class IsoInstants {

    private IsoInstants() {
    }

    /** A module that puts the short way in front of the instant deserializer Jackson would use. */
    static SimpleModule module() {
        return new SimpleModule("kairos-iso-instants").setDeserializerModifier(new ValueDeserializerModifier() {

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return description.getBeanClass() == Instant.class ? new Reader(deserializer) : deserializer;
            }
        });
    }

    /** The instant of {@code text} in the form of {@link Instant#toString()}, or null for any other text. */
    public static @Nullable Instant parse(String text) {
        int length = text.length();
        // yyyy-MM-ddTHH:mm:ssZ, or with a fraction of 1 to 9 digits after a dot
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || (length > 20 && (length == 21 || text.charAt(19) != '.'))) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = length - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        }
        catch (DateTimeException ex) {
            // no such date (a 31 November): Jackson's deserializer words the error
            return null;
        }
    }

    /** The decimal number of the digits from {@code from} to {@code to}, or -1 when any of them is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static final class Reader extends DelegatingDeserializer {

        Reader(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Reader(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant instant = parse(parser.getString());
                if (instant != null) {
                    return instant;
                }
            }
            return _delegatee.deserialize(parser, context);
        }
    }
}
