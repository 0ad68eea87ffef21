/** trigger-ingest: polls sources, detects buying triggers and publishes them to {@code trigger.events}. */
@NullMarked
package dev.kairos.ingest;

import org.jspecify.annotations.NullMarked;
