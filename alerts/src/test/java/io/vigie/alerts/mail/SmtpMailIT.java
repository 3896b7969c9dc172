package io.vigie.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vigie.model.AlertEvent;
import io.vigie.model.AlertStep;
import io.vigie.model.Severity;
import io.vigie.model.StoryRef;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real SMTP server (GreenMail) receives the alert: headers, both parts, links, hostile text neutralised. */
public class SmtpMailIT {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    public static AlertEvent hostileAlert() {
        Instant start = Instant.parse("2026-03-02T13:00:00Z");
        List<StoryRef> stories = List.of(
                new StoryRef("s1", "<script>alert(1)</script> Marseille", "https://news.example/a?x=1&y=2",
                        "Evil \"Outlet\"", "GB", "en", "international", 3, 2.0),
                new StoryRef("s2", "Subject\r\nBcc: victim@example.org", "javascript:alert(2)", "Other", "FR", "fr",
                        "national", 1, 1.5));
        return new AlertEvent(AlertEvent.SCHEMA_VERSION, "all-2026-03-02T13:00:00Z", 1, AlertStep.OPENED,
                Severity.MAJOR, "social\r\nBcc: victim@example.org", "social\r\nBcc: victim@example.org", 24.5, 6.1,
                4.0, 4.0, 18, 15, 60, start, start.plus(Duration.ofHours(1)), start, start.plus(Duration.ofHours(1)),
                AlertEvent.STATUS_OPEN, stories, List.of("incendie", "<b>port</b>"), List.of(), "x4.0, z=6.1");
    }

    @Test
    void receivedMailIsCompleteAndSafe() throws Exception {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", ServerSetupTest.SMTP.getPort(), "none", null, null,
                "vigie@example.org", Duration.ofSeconds(5));
        MailRenderer renderer = new MailRenderer("https://kibana.example:5601", ZoneId.of("Europe/Paris"));
        AlertEvent alert = hostileAlert();
        new SmtpMailSender(smtp).send(alert.key(), List.of("team@example.org"), renderer.render(alert));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("team@example.org");
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getSubject()).startsWith("[Vigie major] Negative coverage spike (social Bcc: victim@example.org)")
                .doesNotContain("\r").doesNotContain("\n");
        assertThat(m.getHeader("X-Vigie-Alert")[0]).isEqualTo(alert.key());
        assertThat(m.getMessageID()).isEqualTo("<all-2026-03-02T13_00_00Z#1-opened@vigie>");
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("24.5 weighted negative stories").contains("6.1 expected").contains("x4.0")
                .contains("https://news.example/a?x=1&y=2").doesNotContain("javascript:")
                .contains("Driving terms: incendie");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;b&gt;port&lt;/b&gt;").contains("Evil &quot;Outlet&quot;")
                .contains("href=\"https://news.example/a?x=1&amp;y=2\"").doesNotContain("javascript:");
        String dashboard = "https://kibana.example:5601/app/dashboards#/view/vigie-dashboard-negative"
                + "?_g=(time:(from:'2026-03-02T12:00:00Z',to:'2026-03-02T15:00:00Z'))";
        assertThat(text).contains(dashboard);
        assertThat(html).contains(dashboard.replace("'", "&#39;"));
        assertThat(GreenMailUtil.getHeaders(m)).doesNotContain("victim@example.org\r\nBcc");
    }
}
