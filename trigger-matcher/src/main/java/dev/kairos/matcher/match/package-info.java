/** The Kafka Streams topology that matches trigger events to accounts and rules. */
@NullMarked
package dev.kairos.matcher.match;

import org.jspecify.annotations.NullMarked;
