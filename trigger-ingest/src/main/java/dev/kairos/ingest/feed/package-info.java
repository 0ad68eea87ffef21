/** Parses RSS and Atom feeds with rome into news items. */
@NullMarked
package dev.kairos.ingest.feed;

import org.jspecify.annotations.NullMarked;
