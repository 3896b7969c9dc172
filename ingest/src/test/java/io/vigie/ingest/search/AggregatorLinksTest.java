package io.vigie.ingest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AggregatorLinksTest {

    @Test
    void bingRedirectCarriesThePublisherUrl() {
        String link = "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=abc&url=https%3a%2f%2fwww.lemonde.fr"
                + "%2fplanete%2farticle%2f2026%2f07%2f21%2fcalanques_123.html%3futm_source%3dbing&c=1&mkt=fr-fr";
        assertThat(AggregatorLinks.bingTarget(link))
                .contains("https://www.lemonde.fr/planete/article/2026/07/21/calanques_123.html?utm_source=bing");
        assertThat(AggregatorLinks.bingTarget("https://www.bing.com/news/apiclick.aspx?url=javascript%3aalert(1)")).isEmpty();
        assertThat(AggregatorLinks.bingTarget("https://evil.example/news/apiclick.aspx?url=https%3a%2f%2fx.org")).isEmpty();
    }

    @Test
    void googleNewsLinksAreRecognisedAndTitlesSplit() {
        assertThat(AggregatorLinks.isGoogleNewsArticle("https://news.google.com/rss/articles/CBMiXWh0dHBz?oc=5")).isTrue();
        assertThat(AggregatorLinks.isGoogleNewsArticle("https://news.google.com/search?q=x")).isFalse();
        assertThat(AggregatorLinks.splitPublisherSuffix("Incendie dans les calanques : 300 hectares - Le Monde"))
                .hasValueSatisfying(p -> assertThat(p).containsExactly("Incendie dans les calanques : 300 hectares", "Le Monde"));
        assertThat(AggregatorLinks.splitPublisherSuffix("Aix-en-Provence")).isEmpty();
    }

    @Test
    void findsThePublisherLinkOnAnInterstitialPage() {
        URI base = URI.create("https://news.google.com/rss/articles/CBMi");
        assertThat(AggregatorLinks.publisherLinkInHtml(
                "<meta http-equiv=\"refresh\" content=\"0;url='https://www.laprovence.com/article/123'\">", base))
                .contains("https://www.laprovence.com/article/123");
        assertThat(AggregatorLinks.publisherLinkInHtml(
                "<c-wiz><div data-n-au=\"https://www.20minutes.fr/marseille/1\"></div></c-wiz>", base))
                .contains("https://www.20minutes.fr/marseille/1");
        assertThat(AggregatorLinks.publisherLinkInHtml(
                "<a href=\"/about\">about</a><a href=\"https://policies.google.com/x\">p</a><a href=\"https://madeinmarseille.net/a\">a</a>",
                base)).contains("https://madeinmarseille.net/a");
        assertThat(AggregatorLinks.publisherLinkInHtml("<p>JavaScript required</p>", base)).isEmpty();
        assertThat(AggregatorLinks.domainOf("https://www.lemonde.fr/x")).isEqualTo("lemonde.fr");
    }
}
