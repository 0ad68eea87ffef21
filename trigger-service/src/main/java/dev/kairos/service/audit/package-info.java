/** The audit trail of every change made through a REST API, written to {@code api.audit}. */
@NullMarked
package dev.kairos.service.audit;

import org.jspecify.annotations.NullMarked;
