package dev.kairos.test;

/**
 * An API key for tests, given to a service as {@code kairos.security.api-keys[n].hash=} {@link #HASH}: services keep
 * only hashes of their keys.
 */
public final class TestApiKey {

    /** The key itself, sent in the {@code X-API-Key} header. */
    public static final String KEY = "test-key";

    /** Its stored form: SHA-256 of {@link #KEY}. */
    public static final String HASH = "{sha256}62af8704764faf8ea82fc61ce9c4c3908b6cb97d463a634e9e587d7c885db0ef";

    private TestApiKey() {
    }
}
