package io.vigie.index.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.index.testing.Fixtures;
import io.vigie.model.EnrichedMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fixture: six mentions over two Paris days, two countries (FR in French, GB in English). */
@ExtendWith(TestInfraExtension.class)
class DailyAggregatesIT {
    static final LocalDate DAY1 = LocalDate.of(2005, 3, 10);
    static final LocalDate DAY2 = LocalDate.of(2005, 3, 11);
    static final SourceRef NATIONAL_FR = Fixtures.source("national-fr", "FR", SourceTier.NATIONAL, 2.0);
    static final SourceRef REGIONAL_FR = Fixtures.source("regional-fr", "FR", SourceTier.REGIONAL, 1.0);
    static final SourceRef WIRE_FR = Fixtures.source("intl-fr", "FR", SourceTier.INTERNATIONAL, 1.5);
    static final SourceRef LOCAL_FR = Fixtures.source("local-fr", "FR", SourceTier.LOCAL, 1.0);
    static final SourceRef BBC = Fixtures.source("bbc", "GB", SourceTier.INTERNATIONAL, 3.0);

    private static ElasticsearchClient es;
    private static DailyAggregates daily;

    @BeforeAll
    static void setUp(@ElasticsearchUrl String url) throws Exception {
        es = ElasticsearchClients.create(url, null, null, null);
        new SchemaInstaller(es, 1, 0).applyAll();
        daily = new DailyAggregates(es);
        Fixtures.index(es, fixture(List.of("economic", "social")));
    }

    @AfterAll
    static void tearDown() throws Exception {
        es.close();
    }

    static EnrichedMention m(int n, String at, SourceRef source, String lang, boolean relevant, Sentiment s,
                             List<String> pillars, String frame, String story) {
        return Fixtures.enriched(Fixtures.raw("https://daily.example/" + n, Instant.parse(at), "Titre " + n,
                "Texte " + n, null, source), lang, relevant, s, pillars, frame, story);
    }

    /** @param m2Pillars the second mention's pillars, to re-enrich it */
    static List<MentionDocument> fixture(List<String> m2Pillars) {
        List<MentionDocument> docs = new ArrayList<>();
        for (EnrichedMention e : List.of(
                m(1, "2005-03-10T08:00:00Z", NATIONAL_FR, "fr", true, Fixtures.sentiment("negative", -0.6),
                        List.of("economic"), "forefront", "s1"),
                m(2, "2005-03-10T09:00:00Z", REGIONAL_FR, "fr", true, Fixtures.sentiment("positive", 0.4),
                        m2Pillars, "lagging", "s1"),
                m(3, "2005-03-10T10:00:00Z", WIRE_FR, "fr", true, Fixtures.sentiment("neutral", 0.0),
                        List.of(), null, "s2"),
                m(4, "2005-03-10T11:00:00Z", BBC, "en", true, Fixtures.sentiment("negative", -0.8),
                        List.of("environmental"), "forefront", "s3"),
                // 23:30 UTC on the 10th is 00:30 in Marseille on the 11th.
                m(5, "2005-03-10T23:30:00Z", LOCAL_FR, "fr", true, Fixtures.sentiment("positive", 0.5),
                        List.of("social"), "forefront", "s4"),
                // Not scored, not relevant, no story id (as indexed before story grouping).
                m(6, "2005-03-11T12:00:00Z", BBC, "en", false, null, List.of(), null, null))) {
            docs.add(Fixtures.document(e));
        }
        return docs;
    }

    static List<DayBucket> buckets() {
        return List.of(new DayBucket(DAY1, "fr", "FR"), new DayBucket(DAY1, "en", "GB"),
                new DayBucket(DAY2, "fr", "FR"), new DayBucket(DAY2, "en", "GB"));
    }

    static JsonNode row(DayBucket b, String pillar) throws Exception {
        GetResponse<JsonNode> r = es.get(g -> g.index(IndexNames.DAILY_INDEX).id(b.documentId(pillar)), JsonNode.class);
        return r.found() ? r.source() : null;
    }

    @Test
    void recomputesEveryBucketFromTheMentions() throws Exception {
        List<DailyRow> written = daily.recompute(buckets());
        assertThat(written).hasSize(4 + 2 + 2 + 2);

        DayBucket fr1 = new DayBucket(DAY1, "fr", "FR");
        JsonNode all = row(fr1, "all");
        assertThat(all.path("day").asText()).isEqualTo("2005-03-10");
        assertThat(all.path("lang").asText()).isEqualTo("fr");
        assertThat(all.path("source_country").asText()).isEqualTo("FR");
        assertThat(all.path("mentions").asLong()).isEqualTo(3);
        assertThat(all.path("stories").asLong()).isEqualTo(2);
        assertThat(all.path("relevant_mentions").asLong()).isEqualTo(3);
        assertThat(all.path("international_mentions").asLong()).isEqualTo(1);
        assertThat(all.path("weighted_mentions").asDouble()).isCloseTo(4.5, within(1e-6));
        assertThat(all.path("sentiment_mean").asDouble()).isCloseTo(-0.2 / 3, within(1e-6));
        assertThat(all.path("negative_share").asDouble()).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(all.path("forefront_share").asDouble()).isCloseTo(0.5, within(1e-6));

        JsonNode economic = row(fr1, "economic");
        assertThat(economic.path("mentions").asLong()).isEqualTo(2);
        assertThat(economic.path("stories").asLong()).isEqualTo(1);
        assertThat(economic.path("weighted_mentions").asDouble()).isCloseTo(3.0, within(1e-6));
        assertThat(economic.path("sentiment_mean").asDouble()).isCloseTo(-0.1, within(1e-6));
        assertThat(economic.path("negative_share").asDouble()).isCloseTo(0.5, within(1e-6));
        assertThat(economic.path("forefront_share").asDouble()).isCloseTo(0.5, within(1e-6));
        JsonNode social = row(fr1, "social");
        assertThat(social.path("mentions").asLong()).isEqualTo(1);
        assertThat(social.path("forefront_share").asDouble()).isEqualTo(0.0);
        JsonNode none = row(fr1, "none");
        assertThat(none.path("mentions").asLong()).isEqualTo(1);
        assertThat(none.has("forefront_share")).as("no framed mention: no share").isFalse();

        JsonNode gb1 = row(new DayBucket(DAY1, "en", "GB"), "environmental");
        assertThat(gb1.path("mentions").asLong()).isEqualTo(1);
        assertThat(gb1.path("negative_share").asDouble()).isEqualTo(1.0);
        assertThat(gb1.path("weighted_mentions").asDouble()).isCloseTo(3.0, within(1e-6));

        // The Paris day: mention 5 counts on the 11th.
        JsonNode fr2 = row(new DayBucket(DAY2, "fr", "FR"), "all");
        assertThat(fr2.path("mentions").asLong()).isEqualTo(1);
        assertThat(fr2.path("sentiment_mean").asDouble()).isCloseTo(0.5, within(1e-6));
        assertThat(row(new DayBucket(DAY2, "fr", "FR"), "social").path("mentions").asLong()).isEqualTo(1);

        JsonNode gb2 = row(new DayBucket(DAY2, "en", "GB"), "all");
        assertThat(gb2.path("mentions").asLong()).isEqualTo(1);
        assertThat(gb2.path("stories").asLong()).as("a mention without story id is its own story").isEqualTo(1);
        assertThat(gb2.path("relevant_mentions").asLong()).isZero();
        assertThat(gb2.has("sentiment_mean")).isFalse();
        assertThat(row(new DayBucket(DAY2, "en", "GB"), "none").path("mentions").asLong()).isEqualTo(1);
    }

    @Test
    void recomputingIsIdempotentAndFollowsReEnrichment() throws Exception {
        daily.recompute(buckets());
        DayBucket fr1 = new DayBucket(DAY1, "fr", "FR");
        JsonNode before = row(fr1, "economic");
        daily.recompute(buckets());
        daily.recompute(List.of(fr1, fr1));
        JsonNode after = row(fr1, "economic");
        assertThat(after.path("mentions")).isEqualTo(before.path("mentions"));
        assertThat(after.path("sentiment_mean")).isEqualTo(before.path("sentiment_mean"));
        assertThat(es.count(c -> c.index(IndexNames.DAILY_INDEX).query(q -> q.range(r -> r.date(d -> d.field("day")
                .gte("2005-03-10").lte("2005-03-11"))))).count()).isEqualTo(10);

        try {
            // Mention 2 re-enriched without the social pillar: its pillar document goes away.
            Fixtures.index(es, fixture(List.of("economic")));
            daily.recompute(List.of(fr1));
            assertThat(row(fr1, "social")).isNull();
            assertThat(row(fr1, "economic").path("mentions").asLong()).isEqualTo(2);

            // A rebuild of the range finds the same buckets and numbers.
            assertThat(daily.rebuild(DAY1, DAY2)).isEqualTo(4);
            assertThat(row(fr1, "all").path("mentions").asLong()).isEqualTo(3);
        } finally {
            Fixtures.index(es, fixture(List.of("economic", "social")));
            daily.recompute(buckets());
        }
    }
}
