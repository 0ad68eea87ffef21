/** The local run: the whole of Kairos in one JVM on an in-process broker, fed by demo sources and a demo CRM. */
@NullMarked
package dev.kairos.local;

import org.jspecify.annotations.NullMarked;
