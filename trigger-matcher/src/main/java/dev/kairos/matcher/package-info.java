/** trigger-matcher: ties trigger events to CRM accounts and evaluates trigger rules, writing {@code trigger.matches}. */
@NullMarked
package dev.kairos.matcher;

import org.jspecify.annotations.NullMarked;
