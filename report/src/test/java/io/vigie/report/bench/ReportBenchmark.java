package io.vigie.report.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.report.RenderedReport;
import io.vigie.report.ReportService;
import io.vigie.report.ReportSettings;
import io.vigie.report.compute.ReportData;
import io.vigie.report.period.ReportPeriod;
import io.vigie.report.render.HtmlReportRenderer;
import io.vigie.testkit.TestInfra;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Weekly-report performance at the design volume: one year of synthetic mentions at 5,000 a day
 * (1.8 million documents) in fresh monthly indices built from the production template, then the
 * report of the last week (figures, HTML, PDF), timed.
 *
 * <p>Usage: {@code ReportBenchmark [elasticsearch-url] [mentions-per-day] [days] [--reuse]} ({@code --reuse}: time
 * the report on the indices a previous run loaded, without reloading); without a URL it uses
 * {@link TestInfra} (ELASTICSEARCH_URL, Docker, or a local Elasticsearch started for the run).
 * Target: report generation &lt;= 10 s.
 */
public final class ReportBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String PREFIX = "vigie-bench-mentions-";
    private static final String ALIAS = "vigie-bench-mentions";
    private static final ReportPeriod WEEK = ReportPeriod.isoWeek("2026-W47", PARIS);
    private static final int BULK = 5_000;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].isBlank() ? args[0] : TestInfra.elasticsearchUrl();
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 365;
        try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(url))) {
            Instant now = WEEK.end().plusSeconds(8 * 3600);
            ReportSettings settings = ReportSettings.defaults().withIndices(ALIAS, "vigie-bench-alerts");
            ReportService service = new ReportService(client, settings, null, Clock.fixed(now, PARIS));
            if (List.of(args).contains("--reuse")) {
                time(service, settings, 3, "indices of a previous run");
                System.exit(0);
            }
            long t0 = System.nanoTime();
            // Newest days first: once the report's 12 weeks are in, time it, then again on the full year.
            int reportDays = 7 * settings.calculator().windows();
            long docs = load(client, perDay, days, reportDays, () -> time(service, settings, 1, "12 weeks loaded"));
            double loadSeconds = seconds(t0);
            System.out.printf(Locale.ROOT, "load: %,d mentions over %d days (%,d/day) in %.1f s (%.0f docs/s, "
                    + "incl. the first timing)%n", docs, days, perDay, loadSeconds, docs / loadSeconds);
            time(service, settings, 3, "full year loaded");
        }
        System.exit(0);
    }

    private static void time(ReportService service, ReportSettings settings, int runs, String when) {
        for (int run = 1; run <= runs; run++) {
            long c0 = System.nanoTime();
            ReportData data = service.compute(WEEK);
            double compute = seconds(c0);
            long h0 = System.nanoTime();
            String html = new HtmlReportRenderer(settings.locale(), null).render(data);
            double htmlSeconds = seconds(h0);
            long r0 = System.nanoTime();
            RenderedReport rendered = service.render(data, "fr");
            double render = seconds(r0);
            System.out.printf(Locale.ROOT,
                    "[%s] report %s run %d: compute %.2f s, HTML %.2f s, HTML+summary+PDF %.2f s, total %.2f s "
                            + "(target <= 10 s); %,d chars HTML, %,d bytes PDF%n",
                    when, WEEK.label(), run, compute, htmlSeconds, render, compute + render, html.length(),
                    rendered.pdf().length);
            if (run == 1) {
                describe(data);
            }
        }
    }

    private static void describe(ReportData d) {
        var c = d.current();
        System.out.printf(Locale.ROOT, "  week: %,d documents, %,d mentions, %,d stories, international %.1f%%, "
                        + "net sentiment %+.1f, index %.1f%% (n=%,d), emerging %s, sampled titles %s%n",
                c.documents(), c.mentions(), c.stories(), 100 * c.international().share(), 100 * c.sentiment().value(),
                100 * c.index().share(), c.index().n(),
                d.emergingTerms().stream().map(ReportData.EmergingTerm::term).limit(5).toList(), d.quality().truncated());
        System.out.printf(Locale.ROOT, "  top positive: %s%n  top negative: %s%n",
                d.topPositive().stream().map(s -> s.copies() + "x/" + s.outlets() + "o").toList(),
                d.topNegative().stream().map(s -> s.copies() + "x/" + s.outlets() + "o").toList());
    }

    private static double seconds(long from) {
        return (System.nanoTime() - from) / 1e9;
    }

    // ---- synthetic data ---------------------------------------------------------------------

    static long load(ElasticsearchClient client, int perDay, int days, int checkpointDays, Runnable atCheckpoint)
            throws Exception {
        // Wildcard deletes are refused by default (action.destructive_requires_name): delete by name.
        List<String> old = new ArrayList<>(client.indices().get(g -> g.index(PREFIX + "*").allowNoIndices(true))
                .indices().keySet());
        if (!old.isEmpty()) {
            client.indices().delete(d -> d.index(old));
        }
        installTemplate(client);
        LocalDate last = WEEK.lastDay();
        LocalDate first = last.minusDays(days - 1L);
        SyntheticMentions gen = new SyntheticMentions(new SplittableRandom(20261122L), WEEK);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> pending = new ArrayList<>();
        List<BulkOperation> ops = new ArrayList<>(BULK);
        long n = 0;
        int loadedDays = 0;
        for (LocalDate day = last; !day.isBefore(first); day = day.minusDays(1)) {
            if (loadedDays++ == checkpointDays) {
                drain(pool, client, pending, ops);
                ops = new ArrayList<>(BULK);
                client.indices().refresh(r -> r.index(PREFIX + "*"));
                System.out.printf(Locale.ROOT, "loaded %,d mentions (%d days)%n", n, checkpointDays);
                atCheckpoint.run();
            }
            for (ObjectNode doc : gen.day(day, perDay)) {
                String index = PREFIX + DateTimeFormatter.ofPattern("yyyy.MM").format(
                        Instant.parse(doc.get("@timestamp").asText()).atZone(ZoneOffset.UTC));
                byte[] bytes = JSON.writeValueAsBytes(doc);
                String id = doc.get("id").asText();
                ops.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(id)
                        .document(BinaryData.of(bytes, ContentType.APPLICATION_JSON)))));
                n++;
                if (ops.size() == BULK) {
                    pending.add(submit(pool, client, ops));
                    ops = new ArrayList<>(BULK);
                    while (pending.size() > 3) {
                        pending.remove(0).get();
                    }
                }
            }
        }
        drain(pool, client, pending, ops);
        pool.shutdown();
        client.indices().putSettings(s -> s.index(PREFIX + "*").settings(i -> i.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(PREFIX + "*"));
        return n;
    }

    private static void drain(ExecutorService pool, ElasticsearchClient client, List<Future<?>> pending,
                              List<BulkOperation> ops) throws Exception {
        if (!ops.isEmpty()) {
            pending.add(submit(pool, client, ops));
        }
        for (Future<?> f : pending) {
            f.get();
        }
        pending.clear();
    }

    private static Future<?> submit(ExecutorService pool, ElasticsearchClient client, List<BulkOperation> ops) {
        return pool.submit(() -> {
            BulkResponse r = client.bulk(b -> b.operations(ops));
            if (r.errors()) {
                var bad = r.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
                throw new IllegalStateException("bulk rejected " + bad.id() + ": " + bad.error().reason());
            }
            return null;
        });
    }

    /** The production template, re-targeted at the benchmark indices, without refresh while loading. */
    private static void installTemplate(ElasticsearchClient client) throws Exception {
        ObjectNode template;
        try (InputStream in = ReportBenchmark.class.getResourceAsStream("/elasticsearch/vigie-mentions.template.json")) {
            if (in == null) {
                throw new IllegalStateException("vigie-mentions.template.json not on the classpath (vigie-index)");
            }
            template = (ObjectNode) JSON.readTree(in);
        }
        template.putArray("index_patterns").add(PREFIX + "*");
        template.put("priority", 500);
        ObjectNode body = (ObjectNode) template.get("template");
        body.putObject("aliases").putObject(ALIAS);
        ((ObjectNode) body.get("settings").get("index")).put("refresh_interval", "-1");
        ObjectNode props = (ObjectNode) body.get("mappings").get("properties");
        if (!props.has("topics")) {
            props.putObject("topics").put("type", "keyword");
        }
        String json = template.toString();
        client.indices().putIndexTemplate(t -> t.name("vigie-bench-mentions")
                .withJson(new StringReader(json)));
        System.out.println("template installed (" + json.getBytes(StandardCharsets.UTF_8).length + " bytes)");
    }
}
