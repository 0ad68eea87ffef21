/** The read API of leads: every lead and each revision it went through, from the publisher's interactive queries. */
@NullMarked
package dev.kairos.leads.api;

import org.jspecify.annotations.NullMarked;
