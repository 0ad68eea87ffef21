/**
 * The contracts between Kairos services: one record per topic value, the topics that carry them and the one JSON
 * serde every service uses. No Spring here, so any Kafka client can depend on it.
 */
@NullMarked
package dev.kairos.events;

import org.jspecify.annotations.NullMarked;
