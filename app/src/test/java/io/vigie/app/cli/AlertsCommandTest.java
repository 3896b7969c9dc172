package io.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.Territory;
import io.vigie.model.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AlertsCommandTest {
    @TempDir
    Path dir;

    static EnrichedMention mention(String id, Instant t, boolean negative, String title) {
        SourceRef source = new SourceRef("src", "Le Journal", "feed", null, "FR", "fr", SourceTier.REGIONAL, 1.0);
        RawMention raw = new RawMention(RawMention.SCHEMA_VERSION, id, "https://journal.example/" + id,
                "https://journal.example/" + id, title, "text", null, t, null, t, null, null, null, null, null, null,
                source);
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess("fr", 0.9, "test"),
                new Territory(true, 0.9, null, null, null),
                negative ? new Sentiment(Sentiment.NEGATIVE, -0.7, 0.9, null, 0, null) : null, null, null, t);
    }

    @Test
    void replayPrintsTheIncidentAndSkipsBadLines() throws Exception {
        List<String> lines = new ArrayList<>();
        Random rnd = new Random(3);
        Instant t0 = Instant.parse("2026-01-05T00:00:00Z");
        Instant wave = t0.plus(Duration.ofDays(29)).plus(Duration.ofHours(11));
        int n = 0;
        for (Instant h = t0; h.isBefore(wave.plus(Duration.ofHours(5))); h = h.plus(Duration.ofHours(1))) {
            int negatives = h.equals(wave) ? 25 : 3;
            for (int i = 0; i < negatives + 8; i++) {
                lines.add(Json.mapper().writeValueAsString(mention("m" + n++, h.plusSeconds(rnd.nextInt(3600)),
                        i < negatives, negatives > 3 ? "Émeutes à Marseille " + i : "Titre " + i)));
            }
        }
        lines.add("{not json");
        Path file = dir.resolve("mentions.jsonl");
        Files.write(file, lines);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AlertsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("replay", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains(wave + "  opened").contains("all-" + wave).contains("émeutes")
                .contains("1 incidents");
        assertThat(err.toString()).contains("skipped " + file + ":" + lines.size() + ":");
    }

    @Test
    void evalPrintsTheDetectorAgainstTheNaiveOnes() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new AlertsCommand());
        // No autoflush: the command must flush its own report.
        cli.setOut(new PrintWriter(new java.io.BufferedWriter(out), false));
        assertThat(cli.execute("eval", "--tuning")).isZero();
        assertThat(out.toString()).contains("alerts eval: seeds [1, 2, 3, 4, 5]").contains("recall 3.0x waves")
                .contains("false incidents / month").contains("static >=").contains("7-day mean + 3 sigma");
    }

    @Test
    void replayOfAMissingFileFailsClearly() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AlertsCommand());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("replay", dir.resolve("nope.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }
}
