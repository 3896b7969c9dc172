package io.vigie.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.reindex.MonthReindexer;
import io.vigie.index.reindex.ReindexResult;
import io.vigie.index.testing.Fixtures;
import io.vigie.index.testing.Mentions;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestInfraExtension.class)
class MappingV2IT {
    private static ElasticsearchClient es;

    @BeforeAll
    static void connect(@ElasticsearchUrl String url) {
        es = ElasticsearchClients.create(url, null, null, null);
    }

    @AfterAll
    static void disconnect() throws Exception {
        es.close();
    }

    private static boolean clusterHas(String analyzer) throws Exception {
        try {
            es.indices().analyze(a -> a.analyzer(analyzer).text("Marseille"));
            return true;
        } catch (ElasticsearchException e) {
            return false;
        }
    }

    @Test
    void installsTheVariantTheClusterSupportsAndItsIndicesWork() throws Exception {
        SchemaInstaller.Installed installed = new SchemaInstaller(es, 1, 0).applyAll();
        assertThat(installed.analyzers().contains("french")).isEqualTo(clusterHas("french"));
        assertThat(new SchemaInstaller(es, 1, 0).applyAll().mentions()).isEqualTo(SchemaInstaller.Outcome.UNCHANGED);

        YearMonth month = YearMonth.of(2008, 2);
        new MonthlyIndices(es).ensure(month);
        String index = IndexNames.concreteIndex(month, 1);
        Map<String, Property> title = es.indices().getMapping(r -> r.index(index)).get(index).mappings()
                .properties().get("title").text().fields();
        assertThat(title.containsKey("fr")).isEqualTo(installed.analyzers().contains("french"));
        if (title.containsKey("fr")) {
            assertThat(title.get("fr").text().analyzer()).isEqualTo("french");
        }
        assertThat(es.indices().exists(r -> r.index(IndexNames.DAILY_INDEX)).value()).isTrue();
    }

    @Test
    void placesAreGeoPointsAndPillarsAggregate() throws Exception {
        new SchemaInstaller(es, 1, 0).applyAll();
        Instant t = Instant.parse("2008-03-05T10:00:00Z");
        MentionDocument both = Fixtures.document(Mentions.enrichedV2(Mentions.raw("https://geo.example/1", t),
                "negative", -0.5, List.of("economic", "social"), "forefront"));
        MentionDocument one = Fixtures.document(Mentions.enrichedV2(Mentions.raw("https://geo.example/2", t),
                "positive", 0.5, List.of("economic"), null));
        MentionDocument bare = Fixtures.document(Mentions.enriched(Mentions.raw("https://geo.example/3", t)));
        Fixtures.index(es, List.of(both, one, bare));
        String alias = IndexNames.monthAlias(YearMonth.of(2008, 3));

        // Within 2 km of Aubagne town hall: the two mentions naming Aubagne, not the bare one.
        long nearAubagne = es.count(c -> c.index(alias).query(q -> q.geoDistance(g -> g.field("places.location")
                .distance("2km").location(l -> l.latlon(ll -> ll.lat(43.2927).lon(5.5708)))))).count();
        assertThat(nearAubagne).isEqualTo(2);

        SearchResponse<Void> r = es.search(s -> s.index(alias).size(0)
                .aggregations("p", a -> a.terms(x -> x.field("pillars"))), Void.class);
        Map<String, Long> pillars = r.aggregations().get("p").sterms().buckets().array().stream()
                .collect(Collectors.toMap(b -> b.key().stringValue(), StringTermsBucket::docCount));
        assertThat(pillars).containsExactlyInAnyOrderEntriesOf(Map.of("economic", 2L, "social", 1L));

        assertThat(es.count(c -> c.index(alias).query(q -> q.term(x -> x.field("sentiment.label")
                .value("negative")))).count()).isEqualTo(1);
        assertThat(es.count(c -> c.index(alias).query(q -> q.term(x -> x.field("frames")
                .value("forefront")))).count()).isEqualTo(1);
        assertThat(es.count(c -> c.index(alias).query(q -> q.term(x -> x.field("places.name")
                .value("Marseille")))).count()).isEqualTo(2);
        assertThat(es.count(c -> c.index(alias).query(q -> q.range(x -> x.number(n -> n.field("sentiment.score")
                .lt(0.0))))).count()).isEqualTo(1);
        assertThat(es.count(c -> c.index(alias).query(q -> q.term(x -> x.field("fingerprint_bands")
                .value(FieldValue.of("0:a1b2"))))).count()).isEqualTo(3);
    }

    @Test
    void aVersionOneIndexStaysSearchableThroughTheAliasAfterTheUpgrade() throws Exception {
        String v1;
        try (InputStream in = getClass().getResourceAsStream("/elasticsearch/vigie-mentions.v1.template.json")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SchemaInstaller installer = new SchemaInstaller(es, 1, 0);
        try {
            es.indices().putIndexTemplate(r -> r.name(IndexNames.TEMPLATE_NAME).withJson(new StringReader(v1)));
            YearMonth old = YearMonth.of(2007, 5);
            Instant t = Instant.parse("2007-05-10T10:00:00Z");
            MentionDocument oldDoc = Fixtures.document(Mentions.enriched(Mentions.raw("https://v1.example/1", t)));
            Fixtures.index(es, List.of(oldDoc));
            String oldIndex = IndexNames.concreteIndex(old, 1);
            assertThat(es.indices().getMapping(r -> r.index(oldIndex)).get(oldIndex).mappings().properties())
                    .doesNotContainKey("pillars");

            assertThat(installer.applyAll().mentions()).isEqualTo(SchemaInstaller.Outcome.UPGRADED);
            MentionDocument newDoc = Fixtures.document(Mentions.enrichedV2(Mentions.raw("https://v1.example/2",
                    t.plusSeconds(40L * 86400)), "positive", 0.3, List.of("environmental"), null));
            Fixtures.index(es, List.of(newDoc));

            // Both months answer through the read alias, including a query on a field only v2 maps.
            assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS)
                    .query(q -> q.ids(i -> i.values(oldDoc.id(), newDoc.id())))).count()).isEqualTo(2);
            assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS).query(q -> q.bool(b -> b
                    .filter(f -> f.ids(i -> i.values(oldDoc.id(), newDoc.id())))
                    .filter(f -> f.term(x -> x.field("pillars").value("environmental")))))).count()).isEqualTo(1);

            // And a reindex moves the old month onto the v2 mapping.
            ReindexResult moved = new MonthReindexer(es, installer).reindex(old);
            assertThat(moved.copied()).isEqualTo(1);
            assertThat(es.indices().getMapping(r -> r.index(moved.toIndex())).get(moved.toIndex()).mappings()
                    .properties()).containsKeys("pillars", "places", "story_id");
            es.indices().refresh(r -> r.index(IndexNames.READ_ALIAS));
            assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS).query(q -> q.ids(i -> i.values(oldDoc.id()))))
                    .count()).isEqualTo(1);
        } finally {
            installer.applyAll();
        }
    }
}
