package io.vigie.alerts.mail;

import java.time.Duration;

/**
 * SMTP server settings.
 *
 * @param host     server host; blank disables e-mail
 * @param port     0 = 587 (STARTTLS), 465 (SMTPS) or 25 (plain)
 * @param security starttls (default), smtps or none
 * @param user     login, or null for no authentication
 * @param password password
 * @param from     sender address
 * @param timeout  connect / read timeout
 */
public record SmtpSettings(String host, int port, String security, String user, String password, String from,
                          Duration timeout) {
    public SmtpSettings {
        security = security == null || security.isBlank() ? "starttls" : security.strip().toLowerCase(java.util.Locale.ROOT);
        if (!security.equals("starttls") && !security.equals("smtps") && !security.equals("none")) {
            throw new IllegalArgumentException("alerts smtp.security must be starttls, smtps or none, was '" + security + "'");
        }
        if (port == 0) {
            port = switch (security) {
                case "smtps" -> 465;
                case "none" -> 25;
                default -> 587;
            };
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("alerts smtp.port must be in 1..65535, was " + port);
        }
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        from = from == null || from.isBlank() ? "vigie@localhost" : from.strip();
        if (from.contains("\r") || from.contains("\n")) {
            throw new IllegalArgumentException("alerts smtp.from must be a single line");
        }
    }

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", user=" + user + ", from=" + from + "]";
    }
}
