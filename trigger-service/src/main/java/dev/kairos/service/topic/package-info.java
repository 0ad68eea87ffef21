/**
 * Topics as every service uses them: compacted topics every instance reads in full and keeps in memory, and the dead
 * letters of records a service cannot read.
 */
@NullMarked
package dev.kairos.service.topic;

import org.jspecify.annotations.NullMarked;
