package dev.kairos.events;

/**
 * The range checks the contracts' records make, in one wording, so that a reader that checks a record without building
 * it (the publisher reads matches token by token) fails with the same message as the record would.
 */
public final class Ranges {

    private Ranges() {
    }

    /** A score, confidence or other share: in [0, 1]. */
    public static void requireFraction(double value, String name) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }

    /** A revision: 1 for the first publication, higher for each that follows. */
    public static void requireRevision(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }
}
