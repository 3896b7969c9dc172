package io.vigie.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.MentionId;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void lowerCasesSchemeAndHostDropsDefaultPortAndFragmentKeepsPathCase() {
        assertThat(UrlCanonicalizer.canonicalize("HTTPS://WWW.Example.COM:443/News/Article-1.html#comments"))
                .isEqualTo("https://www.example.com/News/Article-1.html");
        assertThat(UrlCanonicalizer.canonicalize("http://example.com:80")).isEqualTo("http://example.com/");
        assertThat(UrlCanonicalizer.canonicalize("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
    }

    @Test
    void stripsTrackingParametersAndKeepsOthersInOrder() {
        assertThat(UrlCanonicalizer.canonicalize(
                "https://site.fr/a?utm_source=rss&id=42&fbclid=x&UTM_Campaign=y&page=2&gclid=z&mc_cid=1&mc_eid=2&xtor=RSS-3208"))
                .isEqualTo("https://site.fr/a?id=42&page=2");
        assertThat(UrlCanonicalizer.canonicalize("https://site.fr/a?utm_source=rss")).isEqualTo("https://site.fr/a");
        assertThat(UrlCanonicalizer.canonicalize("https://site.fr/a?q=caf%C3%A9&b=1")).isEqualTo("https://site.fr/a?q=caf%C3%A9&b=1");
    }

    @Test
    void sameArticleWithDifferentTrackingGetsSameId() {
        String a = UrlCanonicalizer.idOf("https://www.lephare-provence.example/x.html?xtor=RSS-3208");
        String b = UrlCanonicalizer.idOf("https://WWW.lephare-provence.example/x.html?utm_source=twitter#top");
        assertThat(a).isEqualTo(b).isEqualTo(MentionId.of("https://www.lephare-provence.example/x.html"));
    }

    @Test
    void resolvesRelativeAgainstBase() {
        assertThat(UrlCanonicalizer.canonicalize(URI.create("https://site.fr/news/"), "../a/b?utm_medium=x"))
                .isEqualTo("https://site.fr/a/b");
    }

    @Test
    void escapesLooseCharactersFromFeeds() {
        assertThat(UrlCanonicalizer.canonicalize("https://site.fr/un article é")).isEqualTo("https://site.fr/un%20article%20%C3%A9");
    }

    @Test
    void rejectsNonHttpAndCredentials() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("https://user:pw@site.fr/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("/relative/only")).isInstanceOf(IllegalArgumentException.class);
        assertThat(UrlCanonicalizer.canonicalizeOrNull(null, "")).isNull();
    }

    @Test
    void sameSiteComparesRegistrableDomain() {
        assertThat(SameSite.same("www.lemonde.fr", "lemonde.fr")).isTrue();
        assertThat(SameSite.same("amp.bbc.co.uk", "www.bbc.co.uk")).isTrue();
        assertThat(SameSite.same("evil.co.uk", "www.bbc.co.uk")).isFalse();
        assertThat(SameSite.same("www.lemonde.fr", "www.laprovence.com")).isFalse();
    }
}
