package dev.kairos.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A stored API key hash: {@code {sha256}<64 hex digits>} or {@code {bcrypt}<BCrypt hash>}. SHA-256 suits keys
 * that are long random strings and costs nothing per request; BCrypt suits keys a person chose.
 */
public final class ApiKeyHash {

    static final String FORMAT = "\\{sha256}[0-9a-fA-F]{64}|\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}";

    private static final String SHA256 = "{sha256}";

    private static final String BCRYPT = "{bcrypt}";

    private static final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    private final String hash;

    ApiKeyHash(String hash) {
        if (!hash.matches(FORMAT)) {
            throw new IllegalArgumentException("not an API key hash: expected {sha256}<64 hex digits> or "
                    + "{bcrypt}<BCrypt hash>");
        }
        this.hash = hash;
    }

    boolean isSha256() {
        return hash.startsWith(SHA256);
    }

    /** Whether the presented key is the one hashed; its SHA-256 is computed once by the caller. */
    boolean matches(String presented, byte[] presentedSha256) {
        if (isSha256()) {
            // constant-time, so that response times tell nothing about how much of a guess was right
            return MessageDigest.isEqual(HexFormat.of().parseHex(hash.substring(SHA256.length())), presentedSha256);
        }
        return bcrypt.matches(presented, hash.substring(BCRYPT.length()));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }

    /** The stored form of a key, e.g. for a configuration file: {@code {sha256}} and its hex digest. */
    public static String sha256Of(String key) {
        return SHA256 + HexFormat.of().formatHex(sha256(key));
    }

    @Override
    public String toString() {
        return isSha256() ? "{sha256}…" : "{bcrypt}…";
    }
}
