package dev.kairos.leads.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.kairos.events.AccountStatus;
import dev.kairos.events.Company;
import dev.kairos.events.Evidence;
import dev.kairos.events.Lead;
import dev.kairos.events.LeadIntent;
import dev.kairos.events.MatchMethod;
import dev.kairos.events.Ranges;
import dev.kairos.events.Segment;
import dev.kairos.events.TriggerDetails;
import dev.kairos.events.TriggerMatch;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a {@link TriggerMatch}'s JSON into a {@link MatchInput}: only what a lead takes of it, with the event's
 * company, details and evidence kept as the bytes they came in, which is how the lead's trigger carries them.
 *
 * <p>
 * Reading the whole match with the data binding (the event's details behind an external type id, which Jackson buffers
 * before it can build them, then every record of the match and its account) and writing its trigger again was about
 * a fifth of the stream thread's time in the load harness; read this way it costs a third less. The match and its
 * event are read token by token and what the lead does not need is skipped unread. What it needs is still checked as
 * before: the company, evidence, segments and account summary by their records' constructors, the details bound by
 * the shared mapping once their type is known, enums, instants and durations in the form Kairos writes them read
 * directly and any other form by Jackson, which accepts what it always did or says what is wrong. Properties a later
 * version adds to the company, details or evidence reach the lead as they came.
 */
final class MatchReader implements Deserializer<MatchInput> {

    private static final ObjectReader INSTANT = reader(Instant.class);

    private static final ObjectReader DURATION = reader(Duration.class);

    private static final ObjectReader LONG = reader(Long.class);

    private static final ObjectReader INTEGER = reader(Integer.class);

    private static final ObjectReader STRINGS = PublisherJson.mapper()
        .readerFor(new TypeReference<List<String>>() {
        })
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectReader SEGMENTS = PublisherJson.mapper()
        .readerFor(new TypeReference<List<Segment>>() {
        })
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Map<String, ObjectReader> DETAILS = details();

    private static final EnumNames<AccountStatus> STATUSES = new EnumNames<>(AccountStatus.class);

    private static final EnumNames<MatchMethod> METHODS = new EnumNames<>(MatchMethod.class);

    private static final EnumNames<LeadIntent> INTENTS = new EnumNames<>(LeadIntent.class);

    /** The serde of {@code trigger.matches} as the lead topology reads it: it never writes matches. */
    static Serde<MatchInput> serde() {
        return Serdes.serdeFrom((topic, data) -> {
            throw new UnsupportedOperationException("the lead topology only reads matches");
        }, new MatchReader());
    }

    @Override
    public @Nullable MatchInput deserialize(String topic, byte @Nullable [] data) {
        if (data == null) {
            return null;
        }
        try (JsonParser parser = PublisherJson.mapper().createParser(data)) {
            return read(parser, data);
        }
        catch (JacksonException | IllegalArgumentException ex) {
            throw new SerializationException("record on " + topic + " is not a valid TriggerMatch: "
                    + ex.getMessage(), ex);
        }
    }

    private static MatchInput read(JsonParser parser, byte[] data) {
        start(parser, parser.nextToken(), "a match");
        String matchId = null;
        String accountId = null;
        String accountName = null;
        AccountStatus accountStatus = null;
        String ruleId = null;
        List<Segment> segments = null;
        Duration cooldown = null;
        MatchMethod method = null;
        double matchScore = 0;
        Instant matchedAt = null;
        AccountFit account = null;
        Long ruleVersion = null;
        String campaign = null;
        LeadIntent intent = null;
        Event event = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "matchId" -> matchId = text(parser, token);
                case "accountId" -> accountId = text(parser, token);
                case "accountName" -> accountName = text(parser, token);
                case "accountStatus" -> accountStatus = STATUSES.read(parser, token);
                case "ruleId" -> ruleId = text(parser, token);
                case "segments" -> segments = segments(parser, token);
                case "cooldown" -> cooldown = duration(parser, token);
                case "method" -> method = METHODS.read(parser, token);
                case "matchScore" -> matchScore = number(parser, token);
                case "matchedAt" -> matchedAt = instant(parser, token);
                case "account" -> account = token == JsonToken.VALUE_NULL ? null : account(parser, token);
                case "ruleVersion" -> ruleVersion = token == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue()
                        : LONG.readValue(parser);
                case "campaign" -> campaign = text(parser, token);
                case "intent" -> intent = INTENTS.read(parser, token);
                case "event" -> event = token == JsonToken.VALUE_NULL ? null : event(parser, data);
                default -> parser.skipChildren();
            }
        }
        Ranges.requireFraction(matchScore, "matchScore");
        return new MatchInput(required(matchId, "matchId"), required(accountId, "accountId"), accountName,
                accountStatus, required(ruleId, "ruleId"), required(segments, "segments"),
                required(cooldown, "cooldown"), method, matchScore, matchedAt,
                account == null ? null : account.summary(), account == null ? null : account.employees(),
                ruleVersion, campaign, intent == null ? LeadIntent.NEW_BUSINESS : intent,
                required(event, "event").eventId, event.detectedAt, event.trigger());
    }

    /**
     * The event's properties, read in one pass: the details' type comes after them in the JSON, so their bytes are
     * kept and bound once the type is known.
     */
    private static Event event(JsonParser parser, byte[] data) {
        start(parser, parser.currentToken(), "an event");
        Event event = new Event(data);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            int from = offset(parser.currentTokenLocation().getByteOffset());
            switch (name) {
                case "eventId" -> {
                    event.eventId = text(parser, token);
                    event.eventIdAt = event.eventId == null ? null : event.slice(from, parser);
                }
                case "revision" -> {
                    Ranges.requireRevision((long) number(parser, token), "revision");
                    event.revised = true;
                }
                case "company" -> {
                    if (token != JsonToken.VALUE_NULL) {
                        Map<String, String> company = scalars(parser, token, "the event's company");
                        checked("event.company", () -> new Company(company.get("name"), company.get("domain")));
                        event.company = event.slice(from, parser);
                    }
                }
                case "details" -> {
                    if (token != JsonToken.VALUE_NULL) {
                        start(parser, token, "the event's details");
                        parser.skipChildren();
                        event.details = event.slice(from, parser);
                    }
                }
                case "type" -> event.type = text(parser, token);
                case "occurredAt" -> event.occurredAt = instant(parser, token);
                case "detectedAt" -> event.detectedAt = instant(parser, token);
                case "confidence" -> event.confidence = number(parser, token);
                case "evidence" -> {
                    if (token != JsonToken.VALUE_NULL) {
                        Map<String, String> evidence = scalars(parser, token, "the event's evidence");
                        checked("event.evidence", () -> new Evidence(evidence.get("source"), evidence.get("url"),
                                evidence.get("title"), evidence.get("snippet")));
                        event.evidence = event.slice(from, parser);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return event;
    }

    /** The event as far as it was read; {@link #trigger()} checks that it is whole. */
    private static final class Event {

        private final byte[] data;

        private @Nullable String eventId;

        private int @Nullable [] eventIdAt;

        private boolean revised;

        private int @Nullable [] company;

        private int @Nullable [] details;

        private @Nullable String type;

        private @Nullable Instant occurredAt;

        private @Nullable Instant detectedAt;

        private double confidence;

        private int @Nullable [] evidence;

        Event(byte[] data) {
            this.data = data;
        }

        /** Start and end of the value the parser has just read, from {@code from}. */
        int[] slice(int from, JsonParser parser) {
            return new int[] { from, offset(parser.currentLocation().getByteOffset()) };
        }

        /**
         * The lead's trigger: its JSON as the shared mapping writes a {@link Lead.Trigger} of the event (the company,
         * details and evidence as they came), and what the score needs of it.
         */
        LeadState.Trigger trigger() {
            required(eventId, "event.eventId");
            if (!revised) {
                // an event without one is read by the data binding as revision 0, which its record refuses
                Ranges.requireRevision(0, "revision");
            }
            required(company, "event.company");
            required(details, "event.details");
            required(type, "event.type");
            required(occurredAt, "event.occurredAt");
            required(detectedAt, "event.detectedAt");
            required(evidence, "event.evidence");
            Ranges.requireFraction(confidence, "confidence");
            ObjectReader reader = DETAILS.get(type);
            if (reader == null) {
                throw new IllegalArgumentException("unknown trigger type '" + type + "'");
            }
            TriggerDetails bound = reader.readValue(data, details[0], details[1] - details[0]);
            ByteArrayOutputStream json = new ByteArrayOutputStream(256 + details[1] - details[0]
                    + company[1] - company[0] + evidence[1] - evidence[0]);
            append(json, "{\"eventId\":");
            json.write(data, eventIdAt[0], eventIdAt[1] - eventIdAt[0]);
            append(json, ",\"company\":");
            json.write(data, company[0], company[1] - company[0]);
            append(json, ",\"details\":");
            json.write(data, details[0], details[1] - details[0]);
            append(json, ",\"type\":\"" + bound.type().name() + "\",\"occurredAt\":\"" + occurredAt
                    + "\",\"detectedAt\":\"" + detectedAt + "\",\"confidence\":" + confidence + ",\"evidence\":");
            json.write(data, evidence[0], evidence[1] - evidence[0]);
            json.write('}');
            return LeadState.Trigger.of(eventId, bound, confidence, occurredAt, json.toByteArray(),
                    Arrays.copyOfRange(data, evidence[0], evidence[1]));
        }
    }

    /**
     * What the lead shows of the matched account, and its employees for the score.
     *
     * @param summary the account as the lead shows it
     * @param employees its employees
     */
    private record AccountFit(Lead.AccountSummary summary, @Nullable Integer employees) {
    }

    /**
     * An enum's constants by the text the shared mapping writes for them; any other text goes to the data binding,
     * which accepts what it always did or fails with its own message.
     */
    private static final class EnumNames<E extends Enum<E>> {

        private final Map<String, E> byText = new HashMap<>();

        private final ObjectReader reader;

        EnumNames(Class<E> type) {
            for (E constant : type.getEnumConstants()) {
                String written = PublisherJson.mapper().writeValueAsString(constant);
                byText.put(written.substring(1, written.length() - 1), constant);
            }
            this.reader = reader(type);
        }

        @Nullable
        E read(JsonParser parser, JsonToken token) {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token == JsonToken.VALUE_STRING) {
                E constant = byText.get(parser.getString());
                if (constant != null) {
                    return constant;
                }
            }
            return reader.readValue(parser);
        }
    }

    /**
     * The account's properties a lead shows, and its employees; the rest of it (aliases, tags, attributes, ...) is
     * skipped.
     */
    private static AccountFit account(JsonParser parser, JsonToken token) {
        start(parser, token, "the account");
        String name = null;
        List<String> domains = List.of();
        String owner = null;
        AccountStatus status = null;
        String tier = null;
        String industry = null;
        Integer employees = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (property) {
                case "name" -> name = text(parser, value);
                case "domains" -> domains = value == JsonToken.VALUE_NULL ? List.of() : STRINGS.readValue(parser);
                case "owner" -> owner = text(parser, value);
                case "status" -> status = STATUSES.read(parser, value);
                case "tier" -> tier = text(parser, value);
                case "industry" -> industry = text(parser, value);
                case "employees" -> employees = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue()
                        : INTEGER.readValue(parser);
                default -> parser.skipChildren();
            }
        }
        return new AccountFit(new Lead.AccountSummary(required(name, "account.name"), domains, owner, status, tier,
                industry), employees);
    }

    /** A rule's segments, each checked by {@link Segment}'s constructor. */
    private static @Nullable List<Segment> segments(JsonParser parser, JsonToken token) {
        if (token != JsonToken.START_ARRAY) {
            return token == JsonToken.VALUE_NULL ? null : SEGMENTS.readValue(parser);
        }
        List<Segment> segments = new ArrayList<>(4);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            start(parser, parser.currentToken(), "a segment");
            String name = null;
            int fromDay = 0;
            int toDay = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (property) {
                    case "name" -> name = text(parser, value);
                    case "fromDay" -> fromDay = (int) number(parser, value);
                    case "toDay" -> toDay = (int) number(parser, value);
                    default -> parser.skipChildren();
                }
            }
            segments.add(new Segment(required(name, "segment.name"), fromDay, toDay));
        }
        return segments;
    }

    /**
     * An object's scalar properties as text, for the small records whose constructors check them; nested values are
     * skipped.
     */
    private static Map<String, String> scalars(JsonParser parser, JsonToken token, String what) {
        start(parser, token, what);
        Map<String, String> values = new HashMap<>(8);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue()) {
                values.put(property, text(parser, value));
            }
            else {
                parser.skipChildren();
            }
        }
        return values;
    }

    /** The way {@link IsoInstants} reads an instant: the form Kairos writes directly, any other by Jackson. */
    private static @Nullable Instant instant(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            Instant instant = IsoInstants.parse(parser.getString());
            if (instant != null) {
                return instant;
            }
        }
        return INSTANT.readValue(parser);
    }

    /** The rule's cooldown: ISO-8601 text directly, anything else (seconds, errors) as Jackson reads it. */
    private static @Nullable Duration duration(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Duration.parse(parser.getString());
            }
            catch (DateTimeParseException ex) {
                // Jackson says what is wrong with it, or reads a form the ISO parser does not
            }
        }
        return DURATION.readValue(parser);
    }

    private static Map<String, ObjectReader> details() {
        Map<String, ObjectReader> readers = new HashMap<>();
        for (JsonSubTypes.Type subtype : TriggerDetails.class.getAnnotation(JsonSubTypes.class).value()) {
            readers.put(subtype.name(), reader(subtype.value()));
        }
        return Map.copyOf(readers);
    }

    /** A reader of one value where the parser stands, the match's properties after it. */
    private static ObjectReader reader(Class<?> type) {
        return PublisherJson.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static void start(JsonParser parser, @Nullable JsonToken token, String what) {
        if (token != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("expected " + what + " as a JSON object, found " + token + " at "
                    + parser.currentTokenLocation().getByteOffset());
        }
    }

    /** A string as the data binding reads one into a {@code String}: other scalars as their text. */
    private static @Nullable String text(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw new IllegalArgumentException("expected a text for '" + parser.currentName() + "', found " + token);
        }
        return parser.getString();
    }

    private static double number(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_NULL -> 0;
            case VALUE_STRING -> Double.parseDouble(parser.getString());
            default -> throw new IllegalArgumentException("expected a number for '" + parser.currentName()
                    + "', found " + token);
        };
    }

    private static int offset(long byteOffset) {
        return Math.toIntExact(byteOffset);
    }

    /** A record built from what was read: a property its constructor requires and did not get is named. */
    private static <T> T checked(String what, Supplier<T> record) {
        try {
            return record.get();
        }
        catch (NullPointerException ex) {
            throw new IllegalArgumentException("missing " + what + "." + ex.getMessage(), ex);
        }
    }

    private static <T> T required(@Nullable T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static void append(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
