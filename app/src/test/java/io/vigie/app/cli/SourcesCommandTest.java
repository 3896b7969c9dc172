package io.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.ingest.health.SourceHealth;
import io.vigie.ingest.health.SourceHealthStore;
import io.vigie.model.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourcesCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SourcesCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int code = cli.execute(args);
        assertThat(code).as(out.toString()).isZero();
        return out.toString();
    }

    private static void saveHealth(Path dataDir) {
        SourceHealth lemonde = new SourceHealth("lemonde-une", Instant.parse("2026-07-21T10:00:00Z"),
                "HTTP 503 https://www.lemonde.fr/rss/une.xml\u001b[31m", Instant.parse("2026-07-21T11:00:00Z"), 120, 42, 7, 3,
                Map.of("feed_http_status", 2L), 1, Duration.ofMinutes(25), 40, Instant.parse("2026-07-21T11:40:00Z"),
                Duration.ofMinutes(20), 2);
        SourceHealth gone = SourceHealth.empty("old-snapshot-source");
        new SourceHealthStore(dataDir.resolve("ingest")).save(List.of(lemonde, gone), Instant.parse("2026-07-21T11:01:00Z"));
    }

    @Test
    void jsonListsEveryRegistrySourceWithItsPersistedHealth(@TempDir Path dir) throws Exception {
        saveHealth(dir);
        String output = run("--data-dir", dir.toString(), "--json");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            lines.add(Json.mapper().readTree(line));
        }
        assertThat(lines.size()).isGreaterThan(50);
        JsonNode lemonde = lines.stream().filter(n -> n.get("id").asText().equals("lemonde-une")).findFirst().orElseThrow();
        assertThat(lemonde.get("outlet").asText()).isEqualTo("Le Monde");
        assertThat(lemonde.get("kind").asText()).isEqualTo("feed");
        assertThat(lemonde.get("country").asText()).isEqualTo("FR");
        assertThat(lemonde.get("mentionsSent").asLong()).isEqualTo(42);
        assertThat(lemonde.get("averageDelaySeconds").asLong()).isEqualTo(1500);
        assertThat(lemonde.get("backingOff").asBoolean()).isTrue();
        assertThat(lemonde.get("nextPollAt").asText()).isEqualTo("2026-07-21T11:40:00Z");
        JsonNode gdelt = lines.stream().filter(n -> n.get("id").asText().equals("gdelt-fr")).findFirst().orElseThrow();
        assertThat(gdelt.get("kind").asText()).isEqualTo("gdelt");
        assertThat(gdelt.get("mentionsSent").asLong()).isZero();
        assertThat(lines.getLast().get("id").asText()).isEqualTo("old-snapshot-source");
        assertThat(lines.getLast().get("inRegistry").asBoolean()).isFalse();
    }

    @Test
    void tableShowsHealthOrSaysIngestNeverRan(@TempDir Path dir) {
        String empty = run("--data-dir", dir.toString());
        assertThat(empty).contains("ID", "OUTLET", "NEXT POLL", "lemonde-une", "Le Monde").contains("no health saved yet");
        saveHealth(dir);
        String table = run("--data-dir", dir.toString());
        String row = table.lines().filter(l -> l.startsWith("lemonde-une ")).findFirst().orElseThrow();
        assertThat(row).contains("2026-07-21 10:00", "2026-07-21 11:00 HTTP 503", "120", "42", "25m", "2026-07-21 11:40",
                "2 failures");
        assertThat(table).doesNotContain("\u001b").contains("(not in registry)");
    }

    @Test
    void durationsReadEasily() {
        assertThat(SourcesCommand.human(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(SourcesCommand.human(Duration.ofMinutes(95))).isEqualTo("95m");
        assertThat(SourcesCommand.human(Duration.ofMinutes(190))).isEqualTo("3h10m");
        assertThat(SourcesCommand.human(Duration.ofDays(3))).isEqualTo("3d");
    }
}
