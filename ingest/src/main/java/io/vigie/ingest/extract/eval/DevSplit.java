package io.vigie.ingest.extract.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed tuning / held-out split of the wcxb dev pages: a page is held out when the first byte
 * of SHA-256(file name, UTF-8) modulo 10 is 7, 8 or 9 (about 30%). The split depends only on the
 * file name, so it never changes between runs or machines; extraction rules are tuned by looking
 * at TUNE pages only and the HELD_OUT figure is the honest one.
 */
public enum DevSplit {
    TUNE, HELD_OUT;

    public static DevSplit of(String fileName) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) % 10 >= 7 ? HELD_OUT : TUNE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
