package io.vigie.alerts.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** SMTP via Angus Mail: multipart/alternative (text + HTML), STARTTLS or SMTPS, optional auth. */
public final class SmtpMailSender implements MailSender {
    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailSender(SmtpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        String proto = settings.security().equals("smtps") ? "smtps" : "smtp";
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", settings.host());
        p.put("mail." + proto + ".port", String.valueOf(settings.port()));
        p.put("mail." + proto + ".connectiontimeout", String.valueOf(settings.timeout().toMillis()));
        p.put("mail." + proto + ".timeout", String.valueOf(settings.timeout().toMillis()));
        p.put("mail." + proto + ".writetimeout", String.valueOf(settings.timeout().toMillis()));
        boolean auth = settings.user() != null && !settings.user().isBlank();
        p.put("mail." + proto + ".auth", String.valueOf(auth));
        if (settings.security().equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security().equals("smtps")) {
            p.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        this.session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password() == null ? "" : settings.password());
            }
        }) : Session.getInstance(p);
    }

    @Override
    public void send(String idempotencyKey, List<String> recipients, RenderedMail mail) throws MessagingException {
        String messageId = "<" + idempotencyKey.replaceAll("[^A-Za-z0-9._#-]", "_") + "@vigie>";
        MimeMessage message = new MimeMessage(session) {
            // A stable Message-ID lets mail clients fold the rare duplicate a crash between SMTP
            // acceptance and the sent-log write can still cause.
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.from(), true));
        for (String r : recipients) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(r, true));
        }
        message.setSubject(SafeText.line(mail.subject(), 250), StandardCharsets.UTF_8.name());
        message.setHeader("X-Vigie-Alert", SafeText.line(idempotencyKey, 200));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        Transport.send(message);
    }
}
