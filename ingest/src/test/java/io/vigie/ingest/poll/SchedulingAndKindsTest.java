package io.vigie.ingest.poll;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.ingest.dedupe.InMemorySeenStore;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchRequest;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.Validators;
import io.vigie.ingest.health.SourceHealth;
import io.vigie.ingest.health.SourceHealthStore;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.source.Sources;
import io.vigie.model.RawMention;
import io.vigie.model.TextSource;
import io.vigie.model.json.EventSerdes;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-source pacing, backoff, persisted health and the non-feed source kinds, without network or Kafka. */
class SchedulingAndKindsTest {
    private static final Instant T0 = Instant.parse("2026-07-21T12:00:00Z");
    private static final IngestSettings SETTINGS = IngestSettings.DEFAULTS.withPollInterval(Duration.ofMinutes(10))
            .withMinPageTextChars(20);

    static final class MutableClock extends Clock {
        volatile Instant now = T0;
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    /** Serves canned answers by URL; anything else is a 404. Records what was requested. */
    static final class FakeWeb implements Fetcher {
        final Map<String, Function<FetchRequest, FetchResult>> routes = new ConcurrentHashMap<>();
        final List<String> requested = new CopyOnWriteArrayList<>();

        FakeWeb serve(String url, String contentType, String body) {
            routes.put(url, r -> new FetchResult(r.url(), 200, body.getBytes(UTF_8), contentType, Validators.NONE));
            return this;
        }

        @Override
        public FetchResult fetch(FetchRequest request) throws FetchException {
            requested.add(request.url().toString());
            Function<FetchRequest, FetchResult> route = routes.get(request.url().toString());
            if (route == null) {
                throw FetchException.httpStatus(request.sourceId(), request.url(), 404);
            }
            FetchResult r = route.apply(request);
            if (r == null) {
                throw FetchException.httpStatus(request.sourceId(), request.url(), 503);
            }
            return r;
        }
    }

    private static String page(String title) {
        return "<html><head><title>" + title + "</title></head><body><article><p>" + title
                + " : un long article sur Marseille et la Métropole, avec assez de texte pour être gardé.</p></article></body></html>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><language>fr</language>"
                + String.join("", items) + "</channel></rss>";
    }

    private static String item(String title, String link, Instant published) {
        return "<item><title>" + title + "</title><link>" + link.replace("&", "&amp;") + "</link><pubDate>"
                + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atZone(ZoneOffset.UTC))
                + "</pubDate><description>Résumé de " + title + "</description></item>";
    }

    private static MockProducer<String, RawMention> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), EventSerdes.RAW_MENTION.serializer());
    }

    private static IngestService service(Sources sources, Fetcher web, MockProducer<String, RawMention> producer,
                                         MutableClock clock, SourceHealthStore store) {
        return new IngestService(sources, web, new RomeFeedParser(), new ArticleExtractor(), new InMemorySeenStore(), producer,
                SETTINGS, clock, store);
    }

    @Test
    void failingSourceIsBackedOffExponentiallyRecoversAndItsStateSurvivesARestart(@TempDir Path dir) {
        FakeWeb web = new FakeWeb();
        web.routes.put("https://down.example/rss", r -> null); // 503
        web.serve("https://up.example/rss", "application/rss+xml", rss(
                item("Un", "https://up.example/1", T0.minus(Duration.ofMinutes(40))),
                item("Deux", "https://up.example/2", T0.minus(Duration.ofMinutes(80))),
                item("Trois", "https://up.example/3", T0.minus(Duration.ofMinutes(120)))));
        Sources sources = Sources.of(SourceDefinition.builder("down", "https://down.example/rss").build(),
                SourceDefinition.builder("up", "https://up.example/rss").build());
        MutableClock clock = new MutableClock();
        SourceHealthStore store = new SourceHealthStore(dir);
        try (IngestService s = service(sources, web, producer(), clock, store)) {
            s.runOnce();
            assertThat(s.health("down").consecutiveFailures()).isEqualTo(1);
            assertThat(s.health("down").nextPollAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
            // Items 40 minutes apart: polled every 20 minutes.
            assertThat(s.health("up").pollInterval()).isEqualTo(Duration.ofMinutes(20));
            assertThat(s.health("up").consecutiveFailures()).isZero();

            clock.advance(Duration.ofMinutes(10));
            assertThat(s.runDue().sources()).isEqualTo(1); // only "down" is due
            assertThat(s.health("down").consecutiveFailures()).isEqualTo(2);
            assertThat(s.health("down").nextPollAt()).isEqualTo(clock.now.plus(Duration.ofMinutes(20)));
            clock.advance(Duration.ofMinutes(10));
            assertThat(s.runDue().sources()).isEqualTo(1); // "up" again, "down" still backing off
            assertThat(s.health("down").consecutiveFailures()).isEqualTo(2);
        }
        long downRequests = web.requested.stream().filter(u -> u.startsWith("https://down.example")).count();
        assertThat(downRequests).isEqualTo(2);

        // A new process reads the persisted state: still backed off, counters continue.
        SourceHealth persisted = store.load().get("down");
        assertThat(persisted.consecutiveFailures()).isEqualTo(2);
        assertThat(persisted.lastError()).startsWith("HTTP 503");
        assertThat(store.load().get("up").mentionsSent()).isEqualTo(3);
        web.serve("https://down.example/rss", "application/rss+xml", rss(item("Retour", "https://down.example/a", T0)));
        try (IngestService restarted = service(sources, web, producer(), clock, store)) {
            assertThat(restarted.runDue().sources()).isZero();
            clock.advance(Duration.ofMinutes(10));
            restarted.runDue();
            assertThat(restarted.health("down").consecutiveFailures()).isZero();
            assertThat(restarted.health("down").lastSuccess()).isEqualTo(clock.now);
            assertThat(restarted.health("up").mentionsSent()).isEqualTo(3);
        }
    }

    @Test
    void averageDelayCountsOnlyItemsPublishedSinceThePreviousLook() {
        FakeWeb web = new FakeWeb();
        MutableClock clock = new MutableClock();
        web.serve("https://site.example/rss", "application/rss+xml", rss(item("Vieux", "https://site.example/old", T0.minus(Duration.ofDays(3)))));
        Sources sources = Sources.of(SourceDefinition.builder("site", "https://site.example/rss").build());
        try (IngestService s = service(sources, web, producer(), clock, null)) {
            s.runOnce();
            assertThat(s.health("site").averageDelay()).isNull();
            clock.advance(Duration.ofMinutes(30));
            web.serve("https://site.example/rss", "application/rss+xml", rss(
                    item("Neuf", "https://site.example/new", clock.now.minus(Duration.ofMinutes(12))),
                    item("Vieux", "https://site.example/old", T0.minus(Duration.ofDays(3)))));
            s.runOnce();
            assertThat(s.health("site").averageDelay()).isEqualTo(Duration.ofMinutes(12));
            assertThat(s.health("site").delaySamples()).isEqualTo(1);
        }
    }

    @Test
    void gdeltArticlesBecomeMentionsOfTheirPublisherFoundByTheGdeltSource() {
        FakeWeb web = new FakeWeb();
        String api = "https://api.gdeltproject.org/api/v2/doc/doc?query=Marseille&mode=ArtList&format=json&maxrecords=250&timespan=1h";
        web.serve(api, "application/json", """
                {"articles":[{"url":"https://www.theguardian.com/world/marseille-port","title":"Marseille port","seendate":"20260721T113000Z",
                "domain":"theguardian.com","language":"English","sourcecountry":"United Kingdom"},
                {"url":"https://www.corriere.it/esteri/marsiglia","title":"Marsiglia","seendate":"20260721T110000Z",
                "domain":"corriere.it","language":"Italian","sourcecountry":"Italy"}]}""");
        web.serve("https://www.theguardian.com/world/marseille-port", "text/html", page("Marseille port"));
        SourceDefinition gdelt = SourceDefinition.builder("gdelt-en", api).kind("gdelt").name("GDELT (en)").build();
        MockProducer<String, RawMention> producer = producer();
        try (IngestService s = service(Sources.of(gdelt), web, producer, new MutableClock(), null)) {
            CycleSummary c = s.runOnce();
            assertThat(c.sent()).isEqualTo(2);
            assertThat(s.counters()).containsEntry("gdelt_calls", 1L);
        }
        Map<String, RawMention> byUrl = producer.history().stream().map(ProducerRecord::value)
                .collect(Collectors.toMap(RawMention::canonicalUrl, m -> m));
        RawMention guardian = byUrl.get("https://www.theguardian.com/world/marseille-port");
        assertThat(guardian.source().id()).isEqualTo("gdelt-en");
        assertThat(guardian.source().kind()).isEqualTo("gdelt");
        assertThat(guardian.source().name()).isEqualTo("theguardian.com");
        assertThat(guardian.source().domain()).isEqualTo("theguardian.com");
        assertThat(guardian.source().country()).isEqualTo("GB");
        assertThat(guardian.source().language()).isEqualTo("en");
        assertThat(guardian.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(guardian.published()).isEqualTo(Instant.parse("2026-07-21T11:30:00Z"));
        RawMention corriere = byUrl.get("https://www.corriere.it/esteri/marsiglia");
        assertThat(corriere.source().country()).isEqualTo("IT");
        assertThat(corriere.languageHints()).containsExactly("it");
        assertThat(corriere.textSource()).isEqualTo(TextSource.FEED); // its page answered 404
    }

    @Test
    void newsSearchLinksAreResolvedToThePublisherOrKeptWithThePublisherNamed() {
        FakeWeb web = new FakeWeb();
        String bing = "http://www.bing.com/news/apiclick.aspx?ref=FexRss&url=https%3a%2f%2fwww.laprovence.com%2farticle%2f1&c=1";
        String googleRedirect = "https://news.google.com/rss/articles/CBMiRedirect?oc=5";
        String googleOpaque = "https://news.google.com/rss/articles/CBMiOpaque?oc=5";
        web.serve("https://news.example/search.rss", "application/rss+xml", rss(
                item("Marseille : le port se transforme - La Provence", bing, T0),
                item("Aix : le festival s'ouvre - France 3 Provence", googleRedirect, T0),
                item("Calanques : fermeture estivale - Le Monde", googleOpaque, T0)));
        // The Google link ends (after redirects) on the publisher's page.
        web.routes.put(googleRedirect, r -> new FetchResult(URI.create("https://france3-regions.example/aix/festival"), 200,
                page("festival").getBytes(UTF_8), "text/html", Validators.NONE));
        web.serve(googleOpaque, "text/html", "<html><body>JavaScript is required</body></html>");
        web.serve("https://www.laprovence.com/article/1", "text/html", page("port"));
        web.serve("https://france3-regions.example/aix/festival", "text/html", page("festival"));
        SourceDefinition search = SourceDefinition.builder("gnews-fr", "https://news.example/search.rss").kind("news_search")
                .name("Google News (FR)").country("FR").language("fr").build();
        MockProducer<String, RawMention> producer = producer();
        try (IngestService s = service(Sources.of(search), web, producer, new MutableClock(), null)) {
            assertThat(s.runOnce().sent()).isEqualTo(3);
            assertThat(s.counters()).containsEntry("news_links_resolved", 2L).containsEntry("news_links_unresolved", 1L);
        }
        Map<String, RawMention> byTitle = producer.history().stream().map(ProducerRecord::value)
                .collect(Collectors.toMap(m -> m.source().name(), m -> m));
        RawMention provence = byTitle.get("La Provence");
        assertThat(provence.canonicalUrl()).isEqualTo("https://www.laprovence.com/article/1");
        assertThat(provence.source().domain()).isEqualTo("laprovence.com");
        assertThat(provence.source().id()).isEqualTo("gnews-fr");
        assertThat(provence.textSource()).isEqualTo(TextSource.PAGE);
        RawMention france3 = byTitle.get("France 3 Provence");
        assertThat(france3.canonicalUrl()).isEqualTo("https://france3-regions.example/aix/festival");
        RawMention lemonde = byTitle.get("Le Monde");
        assertThat(lemonde.canonicalUrl()).isEqualTo(googleOpaque);
        assertThat(lemonde.textSource()).isEqualTo(TextSource.FEED);
        assertThat(lemonde.text()).startsWith("Calanques : fermeture estivale");
        // The opaque link's page was not fetched a second time as if it were the article.
        assertThat(web.requested.stream().filter(googleOpaque::equals).count()).isEqualTo(1);
    }

    @Test
    void robotsDisallowedPagesAndSocialPostsKeepTheFeedText() {
        FakeWeb web = new FakeWeb();
        web.serve("https://outlet.example/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        web.serve("https://outlet.example/rss", "application/rss+xml", rss(
                item("Public", "https://outlet.example/public/1", T0), item("Privé", "https://outlet.example/private/2", T0)));
        web.serve("https://outlet.example/public/1", "text/html", page("Public"));
        web.serve("https://social.example/tags/marseille.rss", "application/rss+xml", rss(
                item("Un pouet sur Marseille", "https://social.example/@a/1", T0)));
        Sources sources = Sources.of(SourceDefinition.builder("outlet", "https://outlet.example/rss").build(),
                SourceDefinition.builder("masto", "https://social.example/tags/marseille.rss").kind("social").build());
        MockProducer<String, RawMention> producer = producer();
        try (IngestService s = service(sources, web, producer, new MutableClock(), null)) {
            CycleSummary c = s.runOnce();
            assertThat(c.sent()).isEqualTo(3);
            assertThat(c.errors()).isZero();
            assertThat(s.health("outlet").robotsDisallowed()).isEqualTo(1);
            assertThat(s.counters()).containsEntry("robots_disallowed", 1L).containsEntry("robots_fetched", 1L);
            assertThat(c.pageFallbacks()).isEqualTo(1); // the disallowed page; the social post is not a fallback
        }
        assertThat(web.requested).doesNotContain("https://outlet.example/private/2", "https://social.example/@a/1");
        Map<String, TextSource> text = producer.history().stream().map(ProducerRecord::value)
                .collect(Collectors.toMap(RawMention::canonicalUrl, RawMention::textSource));
        assertThat(text).containsEntry("https://outlet.example/public/1", TextSource.PAGE)
                .containsEntry("https://outlet.example/private/2", TextSource.FEED)
                .containsEntry("https://social.example/@a/1", TextSource.FEED);
    }
}
