/** Test harnesses shared by the Kairos services: a real Kafka broker per test JVM and a local HTTP fixture server. */
@NullMarked
package dev.kairos.test;

import org.jspecify.annotations.NullMarked;
