/** Finds buying triggers in a news item's headline and lede. */
@NullMarked
package dev.kairos.ingest.detect;

import org.jspecify.annotations.NullMarked;
