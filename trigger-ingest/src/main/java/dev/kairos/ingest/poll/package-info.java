/** Polls the configured sources on their intervals and hands new items to detection. */
@NullMarked
package dev.kairos.ingest.poll;

import org.jspecify.annotations.NullMarked;
