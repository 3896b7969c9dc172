package io.vigie.dashboards.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.dashboard.Dashboard;
import io.vigie.dashboards.query.DashboardQueries;
import io.vigie.dashboards.query.PanelQuery;
import io.vigie.dashboards.query.PanelQueryRunner;
import io.vigie.dashboards.query.TimeRange;
import io.vigie.dashboards.savedobject.JsonText;
import io.vigie.dashboards.vigie.SavedObjects;
import io.vigie.dashboards.vigie.VigieDataViews;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.MonthlyIndices;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.testkit.TestInfra;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Dashboard panel query times over one year of synthetic mentions (5,000 a day, 1.825 M documents, written
 * straight with {@code _bulk} into the monthly indices of the real template), using the same translated panel
 * queries as {@code DashboardPanelsIT}. Prints load time and p50/p95 per panel for the one-year and the default
 * 30-day time range; asserts nothing.
 *
 * <p>Args: [perDay=5000] [runs=15] [year=2013]. The year's indices are kept: a second run with the same year
 * finds them loaded and skips the load (delete vigie-mentions-YEAR.* to reload).
 */
public final class DashboardQueryBenchmark {
    private static final String[] LANGS = {"fr", "fr", "fr", "fr", "fr", "en", "en", "en", "es", "it", "de", "und"};
    private static final String[] COUNTRIES = {"FR", "FR", "FR", "FR", "GB", "US", "ES", "IT", "DE", "BE", "CH", "CA"};
    private static final String[] TIERS = {"international", "national", "regional", "local", "social"};
    private static final String[] PILLARS = {"economic", "environmental", "social"};
    private static final String[] THEMES = {"economy", "environment", "social", "security", "culture", "sport",
            "tourism", "transport", "research-innovation", "politics", "other"};
    private static final String[] TOPICS = {"hydrogen", "offshore_wind", "housing", "water_drought", "port",
            "tramway", "startups", "heat_wave", "cruise", "wildfire", "jobs", "schools", "airport", "metro"};
    private static final String[] WORDS = ("marseille aix provence port métropole chantier tramway logement "
            + "sécheresse incendie hydrogène croisière festival football emploi startup quartier sécurité "
            + "mer calanques tourisme chaleur eau pollution navette gare aéroport université recherche").split(" ");
    private static final double[][] PLACES = {{43.2965, 5.3698}, {43.5297, 5.4474}, {43.2927, 5.5708},
            {43.1748, 5.6046}, {43.4053, 5.0475}, {43.4376, 4.9446}, {43.3302, 5.2123}, {43.6409, 5.0971}};
    private static final String[] PLACE_NAMES = {"Marseille", "Aix-en-Provence", "Aubagne", "La Ciotat",
            "Martigues", "Fos-sur-Mer", "Marignane", "Salon-de-Provence"};

    private DashboardQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : 2013;
        String url = TestInfra.elasticsearchUrl();
        URI es = URI.create(url);
        try (HttpClient http = HttpClient.newHttpClient();
             var client = ElasticsearchClients.create(url, null, null, null)) {
            new SchemaInstaller(client, 1, 0).applyAll();
            MonthlyIndices months = new MonthlyIndices(client);
            List<String> aliases = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                aliases.add(months.ensure(YearMonth.of(year, m)));
            }
            String pattern = IndexNames.READ_ALIAS + "-" + year + ".*";
            long existing = count(http, es, pattern);
            long expected = (long) perDay * YearMonth.of(year, 12).atEndOfMonth().getDayOfYear();
            if (existing < expected) {
                load(http, es, pattern, year, perDay, existing);
            } else {
                System.out.printf("BENCHMARK dashboards: %d documents already loaded for %d%n", existing, year);
            }
            System.out.printf("  index size: %s%n", get(http, es, "/_cat/indices/" + pattern
                    + "?h=index,docs.count,store.size&s=index"));

            DashboardQueries translator = new DashboardQueries(VigieDataViews.all());
            PanelQueryRunner runner = new PanelQueryRunner(http, es, Duration.ofMinutes(2));
            Instant from = Instant.parse(year + "-01-01T00:00:00Z");
            for (TimeRange range : List.of(new TimeRange(from, from.atOffset(ZoneOffset.UTC).plusYears(1).toInstant()),
                    new TimeRange(Instant.parse(year + "-12-02T00:00:00Z"), Instant.parse((year + 1) + "-01-01T00:00:00Z")))) {
                System.out.printf("BENCHMARK dashboard panel queries, range %s .. %s (%s buckets), %d runs each"
                        + " (request cache off), ms:%n", range.from(), range.to(), range.autoInterval(), runs);
                System.out.printf("  %-48s %8s %8s %8s %10s%n", "panel/layer", "p50", "p95", "max", "hits");
                List<Long> all = new ArrayList<>();
                for (Dashboard d : SavedObjects.dashboards()) {
                    for (PanelQuery q : translator.of(d, range)) {
                        long hits = runner.run(q).path("hits").path("total").path("value").asLong(); // warm-up
                        List<Long> times = new ArrayList<>();
                        for (int i = 0; i < runs; i++) {
                            long t0 = System.nanoTime();
                            runner.run(q);
                            times.add((System.nanoTime() - t0) / 1_000_000);
                        }
                        times.sort(null);
                        all.addAll(times);
                        System.out.printf("  %-48s %8d %8d %8d %10d%n", q.key(), pct(times, 50), pct(times, 95),
                                times.getLast(), hits);
                    }
                }
                all.sort(null);
                System.out.printf("  ALL PANELS: p50 %d ms, p95 %d ms, max %d ms%n", pct(all, 50), pct(all, 95),
                        all.getLast());
            }
        }
        System.exit(0);
    }

    private static void load(HttpClient http, URI es, String pattern, int year, int perDay, long existing)
            throws Exception {
        System.out.printf("BENCHMARK dashboards: loading %d mentions/day for %d (%d already there)...%n", perDay,
                year, existing);
        put(http, es, "/" + pattern + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
        long start = System.nanoTime();
        int days = YearMonth.of(year, 12).atEndOfMonth().getDayOfYear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> pending = new ArrayList<>();
        long docs = 0;
        for (int day = 0; day < days; day++) {
            final int d = day;
            pending.add(pool.submit(() -> bulkDay(http, es, year, d, perDay)));
            if (pending.size() >= 4) {
                docs += pending.removeFirst().get();
            }
            if (day % 30 == 29) {
                System.out.printf("  day %d: %d docs in %.0f s%n", day + 1, docs,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        for (Future<Integer> f : pending) {
            docs += f.get();
        }
        pool.shutdown();
        put(http, es, "/" + pattern + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
        post(http, es, "/" + pattern + "/_refresh", "");
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("  loaded %d documents in %.0f s (%.0f docs/s, 2 concurrent bulks of %d, refresh off"
                + " during the load)%n", docs, s, docs / s, perDay);
    }

    /** One day's mentions: realistic skews (outlets Zipf-like, French-heavy, daytime peaks, news spikes). */
    private static int bulkDay(HttpClient http, URI es, int year, int day, int perDay) throws Exception {
        SplittableRandom r = new SplittableRandom(year * 1000L + day);
        Instant dayStart = Instant.parse(year + "-01-01T00:00:00Z").plus(Duration.ofDays(day));
        String index = IndexNames.monthAlias(YearMonth.from(dayStart.atOffset(ZoneOffset.UTC)));
        // Some days carry a news spike: more mentions on one negative story.
        boolean spike = r.nextInt(20) == 0;
        StringBuilder body = new StringBuilder(perDay * 1200);
        for (int i = 0; i < perDay; i++) {
            String id = String.format(Locale.ROOT, "%04d%03d%05d", year, day, i);
            int outlet = (int) (Math.pow(r.nextDouble(), 3) * 400);
            int hour = (int) Math.min(23, Math.max(0, 13 + r.nextGaussian() * 4));
            Instant at = dayStart.plusSeconds(hour * 3600L + r.nextInt(3600));
            boolean spikeStory = spike && r.nextInt(4) == 0;
            String story = spikeStory ? "spike-" + year + "-" + day : "st-" + year + "-" + day + "-" + (i % 3 == 0 ? i / 3 : i);
            String label = spikeStory ? "negative" : r.nextInt(10) < 3 ? "positive" : r.nextInt(10) < 7 ? "neutral" : "negative";
            double score = label.equals("positive") ? 0.2 + 0.8 * r.nextDouble()
                    : label.equals("negative") ? -0.2 - 0.8 * r.nextDouble() : r.nextDouble() * 0.4 - 0.2;
            ObjectNode doc = JsonText.object();
            doc.put("@timestamp", at.toString());
            doc.put("id", id);
            doc.put("url", "https://outlet" + outlet + ".example/" + id);
            doc.put("canonical_url", "https://outlet" + outlet + ".example/" + id);
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 6 + r.nextInt(6); w++) {
                title.append(WORDS[(int) (Math.pow(r.nextDouble(), 1.5) * WORDS.length)]).append(' ');
            }
            doc.put("title", title.toString().trim());
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 80 + r.nextInt(200); w++) {
                text.append(WORDS[r.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            doc.put("text", text.toString());
            doc.put("text_length", text.length());
            String lang = LANGS[outlet % LANGS.length];
            doc.put("lang", lang);
            doc.put("lang_confidence", 0.9f);
            doc.put("site_name", "Outlet " + outlet);
            ObjectNode source = doc.putObject("source");
            source.put("id", "outlet-" + outlet).put("name", "Outlet " + outlet).put("kind", "feed")
                    .put("domain", "outlet" + outlet + ".example").put("country", COUNTRIES[outlet % COUNTRIES.length])
                    .put("language", lang).put("tier", TIERS[outlet % TIERS.length])
                    .put("audience_weight", 0.5 + outlet % 5);
            doc.put("published", at.toString());
            doc.put("first_seen", at.plusSeconds(300).toString());
            doc.put("text_source", "page");
            doc.put("schema_version", 2);
            boolean relevant = r.nextInt(10) != 0;
            doc.put("relevant", relevant);
            doc.put("relevance", relevant ? 0.8f : 0.1f);
            int nPlaces = r.nextInt(3);
            if (nPlaces > 0) {
                var places = doc.putArray("places");
                for (int p = 0; p < nPlaces; p++) {
                    int k = (int) (Math.pow(r.nextDouble(), 2) * PLACES.length);
                    places.addObject().put("name", PLACE_NAMES[k]).put("mentions", 1 + r.nextInt(3))
                            .putObject("location").put("lat", PLACES[k][0]).put("lon", PLACES[k][1]);
                }
            }
            if (r.nextInt(20) != 0) {
                doc.putObject("sentiment").put("label", label).put("score", (float) score)
                        .put("confidence", 0.8f).put("tone_label", label).put("tone_score", (float) score);
            }
            if (r.nextInt(3) != 0) {
                var pillars = doc.putArray("pillars");
                pillars.add(PILLARS[r.nextInt(3)]);
                doc.putArray("topics").add(TOPICS[r.nextInt(TOPICS.length)]);
                if (r.nextInt(2) == 0) {
                    doc.putArray("frames").add(r.nextInt(3) == 0 ? "lagging" : "forefront");
                }
            }
            doc.putArray("themes").add(THEMES[r.nextInt(THEMES.length)]);
            doc.put("story_id", story);
            body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(id)
                    .append("\"}}\n").append(JsonText.stringify(doc)).append('\n');
        }
        String response = post(http, es, "/_bulk?require_alias=true", body.toString());
        if (response.contains("\"errors\":true")) {
            throw new IllegalStateException("bulk errors on day " + day + ": "
                    + response.substring(0, Math.min(2000, response.length())));
        }
        return perDay;
    }

    private static long count(HttpClient http, URI es, String pattern) throws Exception {
        post(http, es, "/" + pattern + "/_refresh", "");
        return JsonText.parse(get(http, es, "/" + pattern + "/_count")).path("count").asLong();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String get(HttpClient http, URI es, String path) throws Exception {
        return send(http, HttpRequest.newBuilder(es.resolve(path)).GET().build());
    }

    private static String post(HttpClient http, URI es, String path, String body) throws Exception {
        return send(http, HttpRequest.newBuilder(es.resolve(path)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static void put(HttpClient http, URI es, String path, String body) throws Exception {
        send(http, HttpRequest.newBuilder(es.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + r.statusCode() + " "
                    + r.body());
        }
        return r.body();
    }

}
