package io.vigie.dashboards.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.index.daily.DailyAggregates;
import io.vigie.index.daily.DayBucket;
import io.vigie.index.document.DecodedMention;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.document.MentionDocumentMapper;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.MonthlyIndices;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.model.EnrichedMention;
import io.vigie.model.GeoPoint;
import io.vigie.model.LanguageGuess;
import io.vigie.model.MentionId;
import io.vigie.model.Place;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.Territory;
import io.vigie.model.TextSource;
import io.vigie.model.Transitions;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small week of mentions (June 2011, a period no other test writes) designed so that every panel's expected
 * numbers can be worked out by hand; indexed through the real templates and document mapper, with the daily
 * aggregates recomputed by the index module and two alerts in an index created from the alerts template.
 */
final class PanelFixtures {
    static final TimeRange WEEK = new TimeRange(Instant.parse("2011-06-06T00:00:00Z"),
            Instant.parse("2011-06-13T00:00:00Z"));
    static final Place MARSEILLE = new Place("Marseille", "13055", 2, new GeoPoint(43.2965, 5.3698));
    static final Place AIX = new Place("Aix-en-Provence", "13001", 1, new GeoPoint(43.5297, 5.4474));
    static final String ALERTS_INDEX = "vigie-alerts-panel-fixtures";
    static final Path ALERTS_TEMPLATE = Path.of("../alerts/src/main/resources/elasticsearch/vigie-alerts.template.json");

    static final SourceRef LE_MONDE = source("lemonde", "Le Monde", "FR", "fr", SourceTier.NATIONAL);
    static final SourceRef FIGARO = source("figaro", "Le Figaro", "FR", "fr", SourceTier.NATIONAL);
    static final SourceRef BBC = source("bbc", "BBC", "GB", "en", SourceTier.INTERNATIONAL);
    static final SourceRef EL_PAIS = source("elpais", "El Pais", "ES", "es", SourceTier.INTERNATIONAL);
    static final SourceRef PROVENCE = source("laprovence", "La Provence", "FR", "fr", SourceTier.REGIONAL);

    private PanelFixtures() {
    }

    static List<EnrichedMention> mentions() {
        return List.of(
                m("d1", "2011-06-06T10:00:00Z", LE_MONDE, "fr", true, sentiment("positive", 0.6),
                        t(List.of("economic"), List.of("economy"), List.of("hydrogen"), "forefront"), "s1",
                        List.of(MARSEILLE), "Marseille mise sur l'hydrogène"),
                m("d2", "2011-06-06T12:00:00Z", FIGARO, "fr", true, sentiment("positive", 0.4),
                        t(List.of("economic"), List.of("economy"), List.of("hydrogen"), "forefront"), "s1",
                        List.of(MARSEILLE), "Hydrogène: Marseille en pointe"),
                m("d3", "2011-06-07T09:00:00Z", BBC, "en", true, sentiment("negative", -0.7),
                        t(List.of("social"), List.of("security"), List.of("housing"), "lagging"), "s2",
                        List.of(MARSEILLE), "Marseille housing crisis deepens"),
                m("d4", "2011-06-07T15:00:00Z", LE_MONDE, "fr", true, sentiment("negative", -0.5),
                        t(List.of("social"), List.of("security"), List.of("housing"), "lagging"), "s2",
                        List.of(AIX), "Crise du logement à Aix"),
                m("d5", "2011-06-08T08:00:00Z", EL_PAIS, "es", true, sentiment("neutral", 0.0),
                        t(List.of("environmental"), List.of("environment"), List.of("water_drought"), null), "s3",
                        List.of(AIX), "Sequía en Provenza"),
                m("d6", "2011-06-08T20:00:00Z", BBC, "en", true, sentiment("negative", -0.8),
                        t(List.of("environmental", "social"), List.of("environment"),
                                List.of("water_drought", "housing"), "lagging"), "s4",
                        List.of(), "Drought hits Provence housing"),
                m("d7", "2011-06-09T11:00:00Z", LE_MONDE, "fr", false, sentiment("positive", 0.9),
                        t(List.of("economic"), List.of("sport"), List.of(), null), "s5",
                        List.of(), "Marseille gagne au football"),
                m("d8", "2011-06-10T07:00:00Z", PROVENCE, "fr", true, null, null, "s6",
                        List.of(MARSEILLE), "Le Vieux-Port en travaux"),
                m("d9", "2011-06-20T07:00:00Z", LE_MONDE, "fr", true, sentiment("negative", -0.9),
                        t(List.of("social"), List.of("security"), List.of("housing"), "lagging"), "s7",
                        List.of(MARSEILLE), "Hors de la semaine"),
                m("d10", "2011-06-12T23:00:00Z", FIGARO, "fr", true, sentiment("positive", 0.2),
                        t(List.of("economic"), List.of("economy"), List.of("offshore_wind"), "forefront"), "s1",
                        List.of(MARSEILLE), "Éolien en mer au large de Fos"));
    }

    static String url(String name) {
        return "https://fixtures.example/panels/" + name;
    }

    /** Indexes the week (replacing any earlier run's documents: same ids) and recomputes its daily aggregates. */
    static void load(ElasticsearchClient es) throws Exception {
        new SchemaInstaller(es, 1, 0).applyAll();
        MentionDocumentMapper mapper = new MentionDocumentMapper();
        MonthlyIndices months = new MonthlyIndices(es);
        List<BulkOperation> ops = new ArrayList<>();
        Set<DayBucket> days = new LinkedHashSet<>();
        for (EnrichedMention m : mentions()) {
            MentionDocument doc = mapper.map(new DecodedMention(m, Map.of()));
            String alias = months.ensure(doc.month());
            days.add(DayBucket.of(doc));
            ops.add(BulkOperation.of(b -> b.index(x -> x.index(alias).id(doc.id()).requireAlias(true)
                    .document(BinaryData.of(doc.toJson(), ContentType.APPLICATION_JSON)))));
        }
        bulk(es, ops);
        es.indices().refresh(r -> r.index(IndexNames.READ_ALIAS));
        new DailyAggregates(es).recompute(days);
        es.indices().refresh(r -> r.index(IndexNames.DAILY_INDEX));
        loadAlerts(es);
    }

    private static void loadAlerts(ElasticsearchClient es) throws Exception {
        if (!es.indices().exists(r -> r.index(ALERTS_INDEX)).value()) {
            String mappings = JsonText.stringify(JsonText.parse(Files.readString(ALERTS_TEMPLATE))
                    .path("template").path("mappings"));
            es.indices().create(c -> c.index(ALERTS_INDEX).mappings(mp -> mp.withJson(new StringReader(mappings))));
        }
        List<BulkOperation> ops = new ArrayList<>();
        ops.add(alert("a1", "2011-06-07T12:00:00Z", "warning", 0.5, 2));
        ops.add(alert("a2", "2011-06-08T12:00:00Z", "critical", 0.8, 1));
        bulk(es, ops);
        es.indices().refresh(r -> r.index(ALERTS_INDEX));
    }

    private static BulkOperation alert(String id, String at, String severity, double baseline, double observed) {
        String json = JsonText.stringify(JsonText.object().put("@timestamp", at).put("severity", severity)
                .put("pillar", "social").put("baseline", baseline).put("observed", observed)
                .put("factor", observed / baseline).put("window_start", at).put("window_end", at)
                .put("status", "open"));
        return BulkOperation.of(b -> b.index(x -> x.index(ALERTS_INDEX).id(id)
                .document(BinaryData.of(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ContentType.APPLICATION_JSON))));
    }

    private static void bulk(ElasticsearchClient es, List<BulkOperation> ops) throws Exception {
        BulkResponse r = es.bulk(b -> b.operations(ops).refresh(Refresh.True));
        if (r.errors()) {
            throw new AssertionError("fixtures not indexed: " + r.items().stream()
                    .filter(i -> i.error() != null).map(i -> i.error().reason()).toList());
        }
    }

    private static SourceRef source(String id, String name, String country, String lang, SourceTier tier) {
        return new SourceRef("panel-" + id, name, "feed", id + ".example", country, lang, tier, 1.0);
    }

    private static Sentiment sentiment(String label, double score) {
        return new Sentiment(label, score, 0.9, label, score, List.of());
    }

    private static Transitions t(List<String> pillars, List<String> themes, List<String> topics, String frame) {
        return new Transitions(pillars, themes, topics, frame, List.of());
    }

    private static EnrichedMention m(String name, String at, SourceRef source, String lang, boolean relevant,
                                     Sentiment sentiment, Transitions transitions, String story, List<Place> places,
                                     String title) {
        String url = url(name);
        Instant published = Instant.parse(at);
        RawMention raw = new RawMention(RawMention.SCHEMA_VERSION, MentionId.of(url), url, url, title,
                title + ". " + title + ".", TextSource.PAGE, published, null, published.plusSeconds(300), List.of(),
                List.of(), source.name(), null, null, null, source);
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess(lang, 0.99, "model"),
                new Territory(relevant, relevant ? 0.9 : 0.1, places, List.of(), List.of()), sentiment, transitions,
                "panel-" + story, Instant.parse("2011-07-01T00:00:00Z"));
    }
}
