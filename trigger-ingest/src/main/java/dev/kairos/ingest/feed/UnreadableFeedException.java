package dev.kairos.ingest.feed;

/** The bytes are not a feed rome can read; the message says why in one line. */
public class UnreadableFeedException extends Exception {

    public UnreadableFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
