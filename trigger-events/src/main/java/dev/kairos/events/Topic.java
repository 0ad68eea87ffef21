package dev.kairos.events;

/**
 * A topic with its key and value types: the only place a topic name is spelled.
 *
 * @param name the topic name
 * @param keyType the record key type
 * @param valueType the record value type
 * @param compacted whether the topic keeps the latest value per key
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, boolean compacted) {

    /** The dead-letter topic for records of this topic that cannot be processed: {@code <name>.dlt}. */
    public String deadLetter() {
        return name + ".dlt";
    }
}
