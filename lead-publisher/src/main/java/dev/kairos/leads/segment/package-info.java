/** Which time segment an event's age puts a lead in. */
@NullMarked
package dev.kairos.leads.segment;

import org.jspecify.annotations.NullMarked;
