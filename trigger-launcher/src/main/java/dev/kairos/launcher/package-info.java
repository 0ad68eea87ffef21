/**
 * The start class of Kairos's executable jars, built for Java 17 so that {@code java -jar} works with any default
 * {@code java}: on Java 21 or newer it hands over to the service's main class, on an older one it finds a newer JDK
 * and runs the same jar with it.
 */
@NullMarked
package dev.kairos.launcher;

import org.jspecify.annotations.NullMarked;
