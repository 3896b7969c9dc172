package io.vigie.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A record a stage could not process, kept with its reason so that it is never silently lost.
 * Published to {@link Topics#DEAD_LETTERS}, keyed like the original record.
 *
 * @param stage         the stage that gave up (ingest, enrich, index)
 * @param topic         topic of the original record
 * @param partition     partition of the original record (-1 when not from Kafka)
 * @param offset        offset of the original record (-1 when not from Kafka)
 * @param key           original key, as text
 * @param payloadBase64 original value bytes, base64, so that undecodable bytes survive
 * @param reason        one-line human-readable reason
 * @param errorClass    exception class that caused it
 * @param at            when the stage gave up
 */
public record DeadLetter(
        String stage,
        String topic,
        int partition,
        long offset,
        String key,
        String payloadBase64,
        String reason,
        String errorClass,
        Instant at) {

    public static DeadLetter of(String stage, String topic, int partition, long offset,
                                byte[] key, byte[] payload, Throwable error) {
        return new DeadLetter(stage, topic, partition, offset,
                key == null ? null : new String(key, StandardCharsets.UTF_8),
                payload == null ? null : Base64.getEncoder().encodeToString(payload),
                oneLine(error),
                error.getClass().getName(),
                Instant.now());
    }

    public byte[] payload() {
        return payloadBase64 == null ? null : Base64.getDecoder().decode(payloadBase64);
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Throwable cause = error.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        return message.replaceAll("\\s+", " ").trim();
    }
}
