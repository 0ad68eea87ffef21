/** The topic-provisioning command: every Kairos topic with its settings, created or brought in line idempotently. */
@NullMarked
package dev.kairos.topics;

import org.jspecify.annotations.NullMarked;
