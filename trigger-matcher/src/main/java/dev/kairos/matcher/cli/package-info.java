/** The jar's command-line modes: {@code match} (the matcher over a CSV, no broker) and {@code import}. */
@NullMarked
package dev.kairos.matcher.cli;

import org.jspecify.annotations.NullMarked;
