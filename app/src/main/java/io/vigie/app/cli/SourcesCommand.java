package io.vigie.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigie.app.config.ConfigException;
import io.vigie.app.config.ConfigLoader;
import io.vigie.app.config.VigieConfig;
import io.vigie.app.sources.SourceRegistry;
import io.vigie.ingest.health.SourceHealth;
import io.vigie.ingest.health.SourceHealthStore;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.model.json.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie sources}: every source of the registry with its persisted health (last success,
 * last error, counts, delay, next poll, backoff), read from the ingest data folder. Works without a
 * running pipeline; a source never polled shows only its registry facts.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Lists the sources with their health as last saved by ingest under <data-dir>/ingest.",
                "Table by default; --json prints one JSON object per source and line."})
public final class SourcesCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration overriding the defaults (default: ./vigie.yaml when present).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder (default: from the configuration).")
    Path dataDir;

    @Option(names = "--json", description = "One JSON object per line instead of a table.")
    boolean json;

    /** One line of output: registry facts (null when the source left the registry) and health (may be empty). */
    record Row(String id, SourceDefinition definition, SourceHealth health) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceDefinition> registry;
        Path dir;
        try {
            Path file = configFile != null ? configFile : Files.isRegularFile(Path.of("vigie.yaml")) ? Path.of("vigie.yaml") : null;
            VigieConfig config = ConfigLoader.fromSystemEnvironment().load(file);
            registry = SourceRegistry.load(config.ingest().sources()).all();
            dir = dataDir != null ? dataDir : config.dataDir();
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        }
        SourceHealthStore store = new SourceHealthStore(dir.resolve("ingest"));
        Map<String, SourceHealth> health = store.load();
        List<Row> rows = rows(registry, health);
        if (json) {
            for (Row r : rows) {
                out.println(jsonLine(r));
            }
        } else {
            printTable(out, rows);
            out.println(health.isEmpty()
                    ? rows.size() + " sources; no health saved yet in " + store.file() + " (ingest has not run there)"
                    : rows.size() + " sources; health from " + store.file());
        }
        out.flush();
        return 0;
    }

    static List<Row> rows(List<SourceDefinition> registry, Map<String, SourceHealth> health) {
        List<Row> rows = new ArrayList<>();
        Map<String, SourceHealth> remaining = new LinkedHashMap<>(health);
        for (SourceDefinition d : registry) {
            SourceHealth h = remaining.remove(d.id());
            rows.add(new Row(d.id(), d, h == null ? SourceHealth.empty(d.id()) : h));
        }
        // Sources polled before (an offline snapshot, an older registry) stay visible.
        remaining.forEach((id, h) -> rows.add(new Row(id, null, h)));
        return rows;
    }

    static String jsonLine(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        SourceDefinition d = r.definition();
        SourceHealth h = r.health();
        m.put("id", r.id());
        m.put("inRegistry", d != null);
        if (d != null) {
            m.put("outlet", d.name());
            m.put("kind", d.kind());
            m.put("url", d.url().toString());
            m.put("country", d.country());
            m.put("language", d.language());
            m.put("tier", d.tier().name().toLowerCase(Locale.ROOT));
        }
        m.put("lastSuccess", h.lastSuccess());
        m.put("lastError", h.lastError());
        m.put("lastErrorAt", h.lastErrorAt());
        m.put("itemsSeen", h.itemsSeen());
        m.put("mentionsSent", h.mentionsSent());
        m.put("duplicates", h.duplicates());
        m.put("pageFallbacks", h.pageFallbacks());
        m.put("robotsDisallowed", h.robotsDisallowed());
        m.put("errorsByKind", h.errorsByKind());
        m.put("averageDelaySeconds", h.averageDelay() == null ? null : h.averageDelay().toSeconds());
        m.put("nextPollAt", h.nextPollAt());
        m.put("pollIntervalSeconds", h.pollInterval() == null ? null : h.pollInterval().toSeconds());
        m.put("consecutiveFailures", h.consecutiveFailures());
        m.put("backingOff", h.backingOff());
        try {
            return Json.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write source " + r.id() + " as JSON", e);
        }
    }

    private static void printTable(PrintWriter out, List<Row> rows) {
        String[] head = {"ID", "OUTLET", "KIND", "CC", "LANG", "TIER", "LAST OK", "LAST ERROR", "ITEMS", "SENT",
                "AVG DELAY", "NEXT POLL", "BACKOFF"};
        List<String[]> lines = new ArrayList<>();
        lines.add(head);
        for (Row r : rows) {
            SourceDefinition d = r.definition();
            SourceHealth h = r.health();
            lines.add(new String[] {
                    r.id(),
                    d == null ? "(not in registry)" : cut(d.name(), 28),
                    d == null ? "-" : d.kind(),
                    d == null || d.country() == null ? "-" : d.country(),
                    d == null || d.language() == null ? "-" : d.language(),
                    d == null ? "-" : d.tier().name().toLowerCase(Locale.ROOT),
                    when(h.lastSuccess()),
                    h.lastError() == null ? "-" : when(h.lastErrorAt()) + " " + cut(h.lastError(), 48),
                    Long.toString(h.itemsSeen()),
                    Long.toString(h.mentionsSent()),
                    h.averageDelay() == null ? "-" : human(h.averageDelay()),
                    when(h.nextPollAt()),
                    h.backingOff() ? h.consecutiveFailures() + " failures" : "-"});
        }
        int[] width = new int[head.length];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < l.length; i++) {
                sb.append(i == l.length - 1 ? l[i] : String.format("%-" + width[i] + "s  ", l[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String when(Instant t) {
        return t == null ? "-" : WHEN.format(t);
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + "s";
        }
        if (s < 2 * 3600) {
            return s / 60 + "m";
        }
        if (s < 2 * 86400) {
            return s / 3600 + "h" + (s % 3600 / 60 == 0 ? "" : String.format("%02dm", s % 3600 / 60));
        }
        return s / 86400 + "d";
    }

    /** Third-party text (outlet names, error reasons) on one terminal line: no control characters. */
    private static String cut(String s, int max) {
        String clean = s.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
