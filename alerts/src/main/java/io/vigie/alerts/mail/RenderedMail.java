package io.vigie.alerts.mail;

/** A ready-to-send message: a header-safe subject, and plain-text and HTML bodies saying the same. */
public record RenderedMail(String subject, String text, String html) {
}
