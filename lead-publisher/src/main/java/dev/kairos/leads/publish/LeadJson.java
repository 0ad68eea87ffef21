package dev.kairos.leads.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import dev.kairos.events.Lead;

/**
 * A lead revision's JSON, byte for byte what {@link dev.kairos.events.Json} writes for the whole {@link Lead}, put
 * together from its head (the lead without its triggers and evidence) and each trigger's JSON as the open-leads state
 * keeps it: a revision writes only its head, however many triggers the lead has. The same bytes go to
 * {@code lead-history}, {@code leads}, {@code leads.<campaign>} and the CloudEvent's data.
 */
final class LeadJson {

    private static final byte[] EVIDENCE = "\"evidence\":[]".getBytes(StandardCharsets.UTF_8);

    private static final byte[] TRIGGERS = "\"triggers\":[]".getBytes(StandardCharsets.UTF_8);

    private LeadJson() {
    }

    /** A value as {@link dev.kairos.events.Json} writes it (by {@link PublisherJson}). */
    static byte[] write(Object value) {
        return WriteBuffer.write(PublisherJson.mapper(), value);
    }

    /**
     * The JSON of the lead whose head is {@code head} and whose triggers are {@code triggers} (oldest first): the
     * triggers' JSON goes into its {@code triggers}, their evidence, newest first, into its {@code evidence}.
     *
     * <p>
     * The head is written with both lists empty, and each list is filled in where its empty value stands. Only a
     * property name can be {@code "evidence":[]} or {@code "triggers":[]} in the head's JSON: inside a string a
     * quote is escaped, and no object the head holds has properties of those names.
     */
    static byte[] write(Lead head, List<LeadState.Trigger> triggers) {
        if (!head.evidence().isEmpty() || !head.triggers().isEmpty()) {
            throw new IllegalArgumentException("the head of lead " + head.leadId() + " has triggers or evidence");
        }
        WriteBuffer buffer = WriteBuffer.holding(PublisherJson.mapper(), head);
        byte[] written = buffer.bytes();
        int length = buffer.size();
        int evidence = indexOf(written, length, EVIDENCE, 0) + EVIDENCE.length - 1;
        int triggersAt = indexOf(written, length, TRIGGERS, evidence) + TRIGGERS.length - 1;
        int size = length;
        for (LeadState.Trigger trigger : triggers) {
            size += trigger.json().length + trigger.evidence().length + 2;
        }
        // two commas fewer than elements
        byte[] json = new byte[size - (triggers.isEmpty() ? 0 : 2)];
        int at = copy(written, 0, evidence, json, 0);
        for (int i = triggers.size() - 1; i >= 0; i--) {
            at = element(triggers.get(i).evidence(), i < triggers.size() - 1, json, at);
        }
        at = copy(written, evidence, triggersAt, json, at);
        for (int i = 0; i < triggers.size(); i++) {
            at = element(triggers.get(i).json(), i > 0, json, at);
        }
        copy(written, triggersAt, length, json, at);
        return json;
    }

    private static int element(byte[] value, boolean comma, byte[] json, int at) {
        if (comma) {
            json[at++] = ',';
        }
        return copy(value, 0, value.length, json, at);
    }

    private static int copy(byte[] from, int start, int end, byte[] to, int at) {
        System.arraycopy(from, start, to, at, end - start);
        return at + end - start;
    }

    /** Where {@code part} first stands in {@code bytes}' first {@code length} bytes, from {@code from} on. */
    private static int indexOf(byte[] bytes, int length, byte[] part, int from) {
        for (int i = from; i <= length - part.length; i++) {
            if (bytes[i] == part[0] && Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("a lead's JSON without " + new String(part, StandardCharsets.UTF_8));
    }
}
