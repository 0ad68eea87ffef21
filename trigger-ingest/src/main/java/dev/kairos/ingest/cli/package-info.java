/** Command-line modes of the ingest jar; they start neither Spring nor Kafka. */
@NullMarked
package dev.kairos.ingest.cli;

import org.jspecify.annotations.NullMarked;
