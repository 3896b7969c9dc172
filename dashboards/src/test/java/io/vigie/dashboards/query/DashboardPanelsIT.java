package io.vigie.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.vigie.SavedObjects;
import io.vigie.dashboards.vigie.VigieDataViews;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every panel of every dashboard, translated from its builder definition into the Elasticsearch search Kibana
 * would run, executed on the hand-checkable fixture week ({@link PanelFixtures}), and compared with the numbers
 * worked out by hand. The last test fails if a panel (or a layer) has no expectation here.
 */
@ExtendWith(TestInfraExtension.class)
class DashboardPanelsIT {
    private static final Map<String, JsonNode> RESPONSES = new LinkedHashMap<>();
    private static final Map<String, PanelQuery> QUERIES = new LinkedHashMap<>();
    private static final Set<String> CHECKED = new HashSet<>();

    @BeforeAll
    static void runEveryPanel(@ElasticsearchUrl String url) throws Exception {
        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null)) {
            PanelFixtures.load(es);
        }
        DashboardQueries translator = new DashboardQueries(VigieDataViews.all());
        try (HttpClient http = HttpClient.newHttpClient()) {
            PanelQueryRunner runner = new PanelQueryRunner(http, URI.create(url), Duration.ofSeconds(30));
            for (Dashboard d : SavedObjects.dashboards()) {
                for (PanelQuery q : translator.of(d, PanelFixtures.WEEK)) {
                    QUERIES.put(q.key(), q);
                    RESPONSES.put(q.key(), runner.run(q));
                }
            }
        }
    }

    @AfterAll
    static void everyPanelHadExpectations() {
        // Runs after the tests: a panel added without expected numbers fails here.
        assertThat(CHECKED).containsExactlyInAnyOrderElementsOf(QUERIES.keySet());
    }

    private static List<Map<String, Object>> rows(String key) {
        assertThat(QUERIES).as("panel query " + key).containsKey(key);
        CHECKED.add(key);
        return QUERIES.get(key).rows(RESPONSES.get(key));
    }

    private static long total(String key) {
        CHECKED.add(key);
        return SearchQueries.total(RESPONSES.get(key));
    }

    /** value column by bucket columns joined with '|', dates shortened to the day, numbers to 3 decimals. */
    private static Map<String, Object> series(String key, String value, String... bucketColumns) {
        Map<String, Object> out = new TreeMap<>();
        for (Map<String, Object> row : rows(key)) {
            StringBuilder k = new StringBuilder();
            for (String c : bucketColumns) {
                k.append(k.isEmpty() ? "" : "|").append(norm(row.get(c)));
            }
            out.put(k.toString(), norm(row.get(value)));
        }
        return out;
    }

    private static Object single(String key, String value) {
        List<Map<String, Object>> r = rows(key);
        assertThat(r).as(key).hasSize(1);
        return norm(r.get(0).get(value));
    }

    static Object norm(Object v) {
        if (v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\dT00:00:00(\\.000)?Z")) {
            return s.substring(0, 10);
        }
        if (v instanceof Double d) {
            return Math.round(d * 1000) / 1000.0;
        }
        return v;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static final String[] DAYS = {"2011-06-06", "2011-06-07", "2011-06-08", "2011-06-09", "2011-06-10",
            "2011-06-11", "2011-06-12"};

    private static Map<String, Object> perDay(Object... values) {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < DAYS.length; i++) {
            m.put(DAYS[i], values[i]);
        }
        return m;
    }

    // ----- Image overview: 8 relevant mentions in the week (d7 is irrelevant, d9 outside)

    @Test
    void overview() {
        String p = "vigie-overview-";
        assertThat(single(p + "mentions/l1", "m")).isEqualTo(8L);
        assertThat(single(p + "stories/l1", "m")).isEqualTo(5L);
        assertThat(single(p + "sentiment/l1", "m")).isEqualTo(Math.round(-0.8 / 7 * 1000) / 1000.0);
        assertThat(single(p + "negative/l1", "m")).isEqualTo(3L);
        assertThat(series(p + "volume/l1", "n", "time")).isEqualTo(perDay(2L, 2L, 2L, 0L, 1L, 0L, 1L));
        assertThat(series(p + "volume/l1", "s", "time")).isEqualTo(perDay(1L, 1L, 2L, 0L, 1L, 0L, 1L));
        assertThat(series(p + "sentiment-share/l1", "n", "time", "split")).isEqualTo(map(
                "2011-06-06|positive", 2L, "2011-06-07|negative", 2L, "2011-06-08|negative", 1L,
                "2011-06-08|neutral", 1L, "2011-06-12|positive", 1L));
        assertThat(series(p + "sentiment-mean/l1", "avg", "time")).isEqualTo(
                perDay(0.5, -0.6, -0.4, null, null, null, 0.2));
        assertThat(series(p + "countries/l1", "n", "group")).isEqualTo(map("FR", 5L, "GB", 2L, "ES", 1L));
        assertThat(series(p + "languages/l1", "n", "group")).isEqualTo(map("fr", 5L, "en", 2L, "es", 1L));
        assertThat(series(p + "outlets/l1", "n", "group")).isEqualTo(map("Le Monde", 2L, "Le Figaro", 2L,
                "BBC", 2L, "El Pais", 1L, "La Provence", 1L));
        // Marseille and Aix share a zoom-6 tile: one bubble for the 7 located mentions.
        List<Map<String, Object>> tiles = rows(p + "places-map/places");
        assertThat(tiles.stream().mapToLong(t -> (Long) t.get("doc_count")).sum()).isEqualTo(7L);
        assertThat(tiles).hasSize(1);

        List<Map<String, Object>> stories = rows(p + "top-stories/l1");
        assertThat(stories).extracting(r -> r.get("story")).startsWith("panel-s1", "panel-s2");
        assertThat(stories.get(0)).containsEntry("n", 3L).containsEntry("outlets", 2L)
                .containsEntry("headline", "Éolien en mer au large de Fos")
                .containsEntry("link", PanelFixtures.url("d10"));
        assertThat(stories.get(1)).containsEntry("n", 2L).containsEntry("outlets", 2L)
                .containsEntry("headline", "Crise du logement à Aix");
        assertThat(stories).hasSize(5);

        assertThat(total(p + "latest/hits")).isEqualTo(8L);
        assertThat(rows(p + "latest/hits")).extracting(r -> r.get("url")).first()
                .isEqualTo(PanelFixtures.url("d10"));
        assertThat(rows(p + "latest/hits").get(0)).containsEntry("source.name", "Le Figaro")
                .containsEntry("source.country", "FR");
    }

    // ----- Transitions tracker

    @Test
    void transitions() {
        String p = "vigie-transitions-";
        assertThat(series(p + "pillar-share/l1", "n", "time", "split")).isEqualTo(map(
                "2011-06-06|economic", 2L, "2011-06-07|social", 2L, "2011-06-08|environmental", 2L,
                "2011-06-08|social", 1L, "2011-06-12|economic", 1L));
        assertThat(series(p + "pillar-sentiment/l1", "n", "pillar", "sentiment")).isEqualTo(map(
                "economic|positive", 3L, "social|negative", 3L, "environmental|neutral", 1L,
                "environmental|negative", 1L));
        assertThat(series(p + "pillar-sentiment-mean/l1", "avg", "time", "split")).isEqualTo(map(
                "2011-06-06|economic", 0.5, "2011-06-07|social", -0.6, "2011-06-08|environmental", -0.4,
                "2011-06-08|social", -0.8, "2011-06-12|economic", 0.2));
        assertThat(series(p + "frames/l1", "forefront", "time")).isEqualTo(perDay(2L, 0L, 0L, 0L, 0L, 0L, 1L));
        assertThat(series(p + "frames/l1", "lagging", "time")).isEqualTo(perDay(0L, 2L, 1L, 0L, 0L, 0L, 0L));
        // Daily aggregates count every mention (d7 too): per day, the mean over lang x country buckets.
        Map<String, Object> forefront = series(p + "forefront-index/l1", "share", "time", "split");
        // d10 (2011-06-12T23:00Z) is on 13 June in Paris, where daily buckets are cut: outside the week.
        assertThat(forefront).containsEntry("2011-06-06|economic", 1.0).containsEntry("2011-06-07|social", 0.0)
                .containsEntry("2011-06-08|environmental", 0.0).doesNotContainKey("2011-06-12|economic")
                .containsEntry("2011-06-09|economic", null); // d7 (irrelevant, counted here) has no frame
        assertThat(series(p + "themes/l1", "n", "group")).isEqualTo(map("economy", 3L, "security", 2L,
                "environment", 2L));
        assertThat(series(p + "top-stories/l1", "n", "pillar", "story")).isEqualTo(map(
                "economic|panel-s1", 3L, "social|panel-s2", 2L, "social|panel-s4", 1L,
                "environmental|panel-s3", 1L, "environmental|panel-s4", 1L));
        assertThat(series(p + "topics/l1", "n", "group")).isEqualTo(map("housing", 3L, "hydrogen", 2L,
                "water_drought", 2L, "offshore_wind", 1L));
        assertThat(series(p + "topics-per-pillar/l1", "n", "pillar", "topic")).isEqualTo(map(
                "economic|hydrogen", 2L, "economic|offshore_wind", 1L, "social|housing", 3L,
                "social|water_drought", 1L, "environmental|water_drought", 2L, "environmental|housing", 1L));
        assertThat(series(p + "topics-per-pillar/l1", "forefront", "pillar", "topic")).isEqualTo(map(
                "economic|hydrogen", 2L, "economic|offshore_wind", 1L, "social|housing", 0L,
                "social|water_drought", 0L, "environmental|water_drought", 0L, "environmental|housing", 0L));
        assertThat(series(p + "topics-per-pillar/l1", "lagging", "pillar", "topic")).isEqualTo(map(
                "economic|hydrogen", 0L, "economic|offshore_wind", 0L, "social|housing", 3L,
                "social|water_drought", 1L, "environmental|water_drought", 1L, "environmental|housing", 1L));
    }

    // ----- Negative coverage watch

    @Test
    void negativeWatch() {
        String p = "vigie-negative-";
        assertThat(series(p + "vs-baseline/negative", "n", "time")).isEqualTo(perDay(0L, 2L, 1L, 0L, 0L, 0L, 0L));
        Map<String, Object> baseline = series(p + "vs-baseline/alerts", "baseline", "time");
        assertThat(baseline).containsEntry("2011-06-07", 0.5).containsEntry("2011-06-08", 0.8)
                .containsEntry("2011-06-06", null);
        assertThat(series(p + "vs-baseline/alerts", "observed", "time")).containsEntry("2011-06-07", 2.0)
                .containsEntry("2011-06-08", 1.0);
        // d3 (GB/en) and d4 (FR/fr) both negative: 1.0 in each bucket; d5 (es) neutral, d6 (en) negative.
        Map<String, Object> negative = series(p + "share-daily/l1", "share", "time", "split");
        assertThat(negative).containsEntry("2011-06-07|social", 1.0).containsEntry("2011-06-08|environmental", 0.5)
                .containsEntry("2011-06-06|economic", 0.0);
        assertThat(series(p + "outlets/l1", "n", "group")).isEqualTo(map("BBC", 2L, "Le Monde", 1L,
                "Le Figaro", 0L, "El Pais", 0L, "La Provence", 0L));
        assertThat(rows(p + "outlets/l1")).extracting(r -> r.get("group")).startsWith("BBC", "Le Monde");
        assertThat(total(p + "alerts/hits")).isEqualTo(2L);
        assertThat(rows(p + "alerts/hits")).extracting(r -> r.get("severity")).containsExactly("critical", "warning");
        assertThat(total(p + "stories/hits")).isEqualTo(3L);
        assertThat(rows(p + "stories/hits")).extracting(r -> r.get("url")).containsExactly(
                PanelFixtures.url("d6"), PanelFixtures.url("d4"), PanelFixtures.url("d3"));
        // significant_text on three negative titles among eight: whatever it finds must come from them.
        Set<String> negativeTitleWords = Set.of("marseille", "housing", "crisis", "deepens", "crise", "du",
                "logement", "à", "aix", "drought", "hits", "provence");
        assertThat(rows(p + "words/data0")).allSatisfy(r -> assertThat(negativeTitleWords).contains((String) r.get("key")));
        assertThat(series(p + "themes/l1", "n", "group")).isEqualTo(map("security", 2L, "environment", 1L,
                "economy", 0L));
    }

    // ----- Sources: no relevance filter, 9 mentions in the week

    @Test
    void sources() {
        String p = "vigie-sources-";
        assertThat(single(p + "active/l1", "m")).isEqualTo(5L);
        assertThat(single(p + "countries-count/l1", "m")).isEqualTo(3L);
        assertThat(single(p + "languages-count/l1", "m")).isEqualTo(3L);
        assertThat(single(p + "mentions/l1", "m")).isEqualTo(9L);
        assertThat(series(p + "outlets/l1", "n", "group")).isEqualTo(map("Le Monde", 3L, "Le Figaro", 2L,
                "BBC", 2L, "El Pais", 1L, "La Provence", 1L));
        assertThat(series(p + "countries/l1", "n", "group")).isEqualTo(map("FR", 6L, "GB", 2L, "ES", 1L));
        assertThat(series(p + "tiers/l1", "n", "group")).isEqualTo(map("national", 5L, "international", 3L,
                "regional", 1L));
        assertThat(series(p + "languages/l1", "n", "group")).isEqualTo(map("fr", 6L, "en", 2L, "es", 1L));
        assertThat(series(p + "tiers-over-time/l1", "n", "time", "split")).isEqualTo(map(
                "2011-06-06|national", 2L, "2011-06-07|international", 1L, "2011-06-07|national", 1L,
                "2011-06-08|international", 2L, "2011-06-09|national", 1L, "2011-06-10|regional", 1L,
                "2011-06-12|national", 1L));
        Map<String, Object> health = series(p + "health-over-time/l1", "n", "time", "split");
        assertThat(health).hasSize(9).containsEntry("2011-06-08|BBC", 1L).containsEntry("2011-06-09|Le Monde", 1L);
        List<Map<String, Object>> table = rows(p + "health/l1");
        assertThat(table).hasSize(5);
        Map<String, Object> leMonde = table.stream().filter(r -> "Le Monde".equals(r.get("source"))).findFirst()
                .orElseThrow();
        assertThat(leMonde).containsEntry("country", "FR").containsEntry("tier", "national").containsEntry("n", 3L)
                .containsEntry("last", "2011-06-09T11:00:00.000Z");
    }
}
