package io.vigie.report.mail;

import io.vigie.report.RenderedReport;
import jakarta.activation.DataHandler;
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
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a rendered report: the HTML summary as the body, the PDF attached. */
public final class ReportMailer {
    private static final Logger LOG = LoggerFactory.getLogger(ReportMailer.class);

    private final SmtpSettings settings;

    public ReportMailer(SmtpSettings settings) {
        this.settings = settings;
    }

    public void send(RenderedReport report) throws MessagingException {
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        for (String to : settings.recipients()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        // The subject is built from our own words and the period label: no third-party text in headers.
        message.setSubject(report.title(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());

        MimeBodyPart body = new MimeBodyPart();
        body.setContent(report.summaryHtml(), "text/html; charset=UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(report.pdf(), "application/pdf")));
        pdf.setFileName("vigie-report-" + report.data().period().label().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(pdf);
        message.setContent(mixed);
        message.saveChanges();
        Transport.send(message);
        LOG.info("report {} sent to {} recipient(s) via {}:{}", report.data().period().label(),
                settings.recipients().size(), settings.host(), settings.port());
    }

    Session session() {
        Properties p = new Properties();
        boolean smtps = settings.security() == SmtpSettings.Security.SMTPS;
        String protocol = smtps ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        p.put("mail.transport.protocol", protocol);
        p.put(prefix + "host", settings.host());
        p.put(prefix + "port", Integer.toString(settings.port()));
        String millis = Long.toString(settings.timeout().toMillis());
        p.put(prefix + "connectiontimeout", millis);
        p.put(prefix + "timeout", millis);
        p.put(prefix + "writetimeout", millis);
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        Authenticator auth = null;
        if (settings.user() != null) {
            p.put(prefix + "auth", "true");
            String user = settings.user();
            String password = settings.password() == null ? "" : settings.password();
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        return Session.getInstance(p, auth);
    }
}
