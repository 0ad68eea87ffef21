/** The Kafka Streams topology that writes leads. */
@NullMarked
package dev.kairos.leads.publish;

import org.jspecify.annotations.NullMarked;
