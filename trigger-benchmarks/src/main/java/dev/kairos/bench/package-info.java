/** JMH benchmarks of ingest's hot paths; figures are recorded in docs/trigger-ingest.md. */
@NullMarked
package dev.kairos.bench;

import org.jspecify.annotations.NullMarked;
