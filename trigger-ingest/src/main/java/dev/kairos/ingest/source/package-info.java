/**
 * Sources: the catalogue on the compacted {@code ingest.sources} topic, its REST API, and which sources this instance
 * polls (those on the topic partitions Kafka assigns it).
 */
@NullMarked
package dev.kairos.ingest.source;

import org.jspecify.annotations.NullMarked;
