package io.vigie.report.mail;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SMTP delivery settings.
 *
 * @param security   NONE (plain, for a local relay), STARTTLS (required, port 587) or SMTPS (implicit TLS, port 465)
 * @param user       login, or null for no authentication
 * @param from       sender address
 * @param recipients report recipients
 */
public record SmtpSettings(String host, int port, Security security, String user, String password, String from,
                           List<String> recipients, Duration timeout) {

    public enum Security { NONE, STARTTLS, SMTPS }

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+");

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("smtp.host is required to send the report");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smtp.port must be 1..65535, got " + port);
        }
        if (security == null) {
            throw new IllegalArgumentException("smtp.security must be none, starttls or smtps");
        }
        if (from == null || !ADDRESS.matcher(from).matches()) {
            throw new IllegalArgumentException("smtp.from must be an e-mail address, got: " + from);
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("report.recipients must list at least one address to send the report");
        }
        for (String r : recipients) {
            if (r == null || !ADDRESS.matcher(r).matches()) {
                throw new IllegalArgumentException("report.recipients has an invalid address: " + r);
            }
        }
        if (user != null && user.isBlank()) {
            user = null;
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("smtp.timeout must be positive, got " + timeout);
        }
    }

    public static Security security(String value) {
        try {
            return Security.valueOf(value == null ? "STARTTLS" : value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("smtp.security must be none, starttls or smtps, got: " + value);
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + " " + security + " user=" + user + " from=" + from
                + " recipients=" + recipients + "]";
    }
}
