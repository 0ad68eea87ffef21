/**
 * The read API of leads: every lead and each revision it went through, from the interactive queries of all instances
 * of the publisher.
 */
@NullMarked
package dev.kairos.leads.api;

import org.jspecify.annotations.NullMarked;
