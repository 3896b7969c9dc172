package io.vigie.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupQuotesAndControlCharacters() {
        assertThat(Html.esc("<a href=\"x\" onclick='y'>&\u0000")).isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp; ");
    }

    @Test
    void onlyAbsoluteHttpLinks() {
        assertThat(Html.safeHref("https://ex.org/a?b=1")).isEqualTo("https://ex.org/a?b=1");
        assertThat(Html.safeHref("javascript:alert(1)")).isNull();
        assertThat(Html.safeHref(" JavaScript:alert(1)")).isNull();
        assertThat(Html.safeHref("data:text/html,<script>")).isNull();
        assertThat(Html.safeHref("//ex.org/x")).isNull();
        assertThat(Html.safeHref("/relative")).isNull();
        assertThat(Html.safeHref("http://exa mple.org")).isNull();
    }

    @Test
    void numbersFollowTheLanguage() {
        assertThat(new Formats(java.util.Locale.FRENCH).percent(0.5556)).isEqualTo("55,6\u00a0%");
        assertThat(new Formats(java.util.Locale.ENGLISH).percent(0.5556)).isEqualTo("55.6%");
        assertThat(new Formats(java.util.Locale.FRENCH).signedPoints(-0.075)).isEqualTo("\u22127,5");
        assertThat(new Formats(java.util.Locale.ENGLISH).percent(Double.NaN)).isEqualTo(Formats.NONE);
    }
}
