/** How promising a lead is. */
@NullMarked
package dev.kairos.leads.score;

import org.jspecify.annotations.NullMarked;
