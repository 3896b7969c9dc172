package io.vigie.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable mention ids: the same canonical URL always gives the same id, so that a re-poll, a
 * restart or a second feed carrying the article never creates a second document.
 */
public final class MentionId {
    private static final int ID_BYTES = 16;

    private MentionId() {
    }

    /** First 128 bits of SHA-256 of the canonical URL, as 32 lower-case hex characters. */
    public static String of(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a mandatory JDK algorithm", e);
        }
    }
}
