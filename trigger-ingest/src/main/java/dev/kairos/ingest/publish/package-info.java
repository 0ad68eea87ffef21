/** Turns detections into trigger events and publishes them to Kafka. */
@NullMarked
package dev.kairos.ingest.publish;

import org.jspecify.annotations.NullMarked;
