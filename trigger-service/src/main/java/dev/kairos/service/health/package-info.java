/** Readiness that follows Kafka: the broker answers, and a Kafka Streams app is running. */
@NullMarked
package dev.kairos.service.health;

import org.jspecify.annotations.NullMarked;
