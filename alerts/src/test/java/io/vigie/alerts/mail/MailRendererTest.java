package io.vigie.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.AlertEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailRendererTest {
    @Test
    void subjectHasTheEssentialsOnOneLine() {
        RenderedMail mail = new MailRenderer(null, ZoneId.of("Europe/Paris")).render(SmtpMailIT.hostileAlert());
        assertThat(mail.subject()).isEqualTo(
                "[Vigie major] Negative coverage spike (social Bcc: victim@example.org): x4.0, 15 stories, 2026-03-02 14:00 +01:00");
        assertThat(mail.text()).doesNotContain("Dashboard:");
    }

    @Test
    void onlyHttpLinksSurvive() {
        assertThat(SafeText.httpLink("https://a.example/x?y=1")).isEqualTo("https://a.example/x?y=1");
        assertThat(SafeText.httpLink("javascript:alert(1)")).isNull();
        assertThat(SafeText.httpLink("data:text/html,<b>")).isNull();
        assertThat(SafeText.httpLink("//evil.example/")).isNull();
        assertThat(SafeText.httpLink("http:///nohost")).isNull();
        assertThat(SafeText.line("a\r\nBcc: x\u0000y", 100)).isEqualTo("a Bcc: x y");
        assertThat(KibanaLink.of("javascript:alert(1)", Instant.EPOCH, Instant.EPOCH)).isNull();
    }

    @Test
    void recipientsFollowPillarAndSeverity() {
        RecipientRules rules = new RecipientRules(List.of("veille@example.org"),
                Map.of("social", List.of("social@example.org")), Map.of("critical", List.of("dg@example.org")));
        AlertEvent major = SmtpMailIT.hostileAlert();
        assertThat(rules.recipientsFor(major)).containsExactly("veille@example.org");
        assertThatThrownBy(() -> new RecipientRules(List.of("a@b.c\r\nBcc: x@y.z"), null, null))
                .hasMessageContaining("not an e-mail address");
    }

    @Test
    void rateLimitCapsAnHour() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        RateLimit limit = new RateLimit(2, clock);
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isFalse();
    }
}
