/** lead-publisher: turns trigger matches into time-segmented, scored, de-duplicated leads on {@code leads}. */
@NullMarked
package dev.kairos.leads;

import org.jspecify.annotations.NullMarked;
