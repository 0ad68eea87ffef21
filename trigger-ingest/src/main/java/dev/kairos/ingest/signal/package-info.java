/** Signals pushed by other tools through {@code POST /api/signals}, for triggers Kairos cannot crawl itself. */
@NullMarked
package dev.kairos.ingest.signal;

import org.jspecify.annotations.NullMarked;
