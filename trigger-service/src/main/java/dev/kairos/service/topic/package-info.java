/** Compacted topics every instance reads in full and keeps in memory. */
@NullMarked
package dev.kairos.service.topic;

import org.jspecify.annotations.NullMarked;
