/** Trigger rules and their evaluation. */
@NullMarked
package dev.kairos.matcher.rule;

import org.jspecify.annotations.NullMarked;
