package io.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.enrich.analyze.MentionAnalyzer;
import io.vigie.model.json.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {
    private static MentionAnalyzer analyzer;
    private final InputStream stdin = System.in;

    @BeforeAll
    static void load() {
        analyzer = MentionAnalyzer.withDefaults(Clock.systemUTC());
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private static List<JsonNode> run(String input, String... args) throws Exception {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        CliRun run = CliRun.of(new AnalyzeCommand(() -> analyzer), args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }

    private static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(String id, String title, String text, String extra) {
        return "{\"id\":\"" + id + "\",\"title\":" + quote(title) + ",\"text\":" + quote(text)
                + (extra.isEmpty() ? "" : "," + extra) + "}\n";
    }

    @Test
    void keepsInputOrderAndReportsBadLinesWithoutStopping() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            in.append(line("m" + i, "Marseille : le Mucem bat son record de fréquentation " + i,
                    "Le musée a accueilli 1,3 million de visiteurs en 2024, un succès pour la ville.", ""));
            if (i == 10) {
                in.append("{\"id\":\"broken\", \"title\": \n");
            }
            if (i == 20) {
                in.append("{\"id\":\"empty\",\"title\":\"\",\"text\":\"\"}\n");
            }
        }

        List<JsonNode> out = run(in.toString(), "--threads", "2");

        assertThat(out).hasSize(42);
        List<String> ids = out.stream().map(n -> n.path("id").asText("?")).toList();
        assertThat(ids.subList(0, 11)).containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10");
        assertThat(out.get(11).has("id")).isFalse();
        assertThat(out.get(11).path("line").asInt()).isEqualTo(12);
        assertThat(out.get(11).path("error").asText()).startsWith("not JSON");
        assertThat(out.get(22).path("id").asText()).isEqualTo("empty");
        assertThat(out.get(22).path("error").asText()).contains("both empty");
        assertThat(out.get(41).path("id").asText()).isEqualTo("m39");
        JsonNode first = out.get(0);
        assertThat(first.path("lang").asText()).isEqualTo("fr");
        assertThat(first.path("relevant").asBoolean()).isTrue();
        assertThat(first.path("places").get(0).path("insee_code").asText()).isEqualTo("13055");
        assertThat(first.path("places").get(0).path("location").path("lat").asDouble()).isBetween(43.0, 43.5);
        assertThat(first.path("sentiment").path("label").asText()).isEqualTo("positive");
        assertThat(first.path("sentiment").path("evidence").isArray()).isTrue();
        assertThat(first.path("tone").path("label").asText()).isNotEmpty();
        for (String field : List.of("relevance", "pillars", "themes", "topics", "frames", "entities", "story_id")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void headlineOnlyAndTextOnlyLinesWork() throws Exception {
        List<JsonNode> out = run(line("h", "Marseille: the Calanques national park closes trails after wildfire", "",
                "\"lang\":\"en\"") + line("t", "", "Ein schwerer Waldbrand bedroht die Calanques bei Marseille, "
                + "Hunderte Feuerwehrleute sind im Einsatz.", ""));

        assertThat(out).extracting(n -> n.path("id").asText()).containsExactly("h", "t");
        assertThat(out.get(0).path("lang").asText()).isEqualTo("en");
        assertThat(out.get(1).path("lang").asText()).isEqualTo("de");
        assertThat(out).allSatisfy(n -> {
            assertThat(n.has("error")).isFalse();
            assertThat(n.path("relevant").asBoolean()).isTrue();
        });
    }

    private static final String TWO_ACTORS = "CMA CGM posts record profits and praises its excellent teams. "
            + "Across the street, the city hall is mired in a corruption scandal and a disastrous budget crisis.";

    @Test
    void sentimentTowardATargetWithAndWithoutOffsets() throws Exception {
        int from = TWO_ACTORS.indexOf("city hall");
        List<JsonNode> out = run(line("a", "Marseille", TWO_ACTORS, "\"target\":\"cma cgm\"")
                + line("b", "Marseille", TWO_ACTORS, "\"from\":" + from + ",\"to\":" + (from + 9))
                + line("c", "Marseille", TWO_ACTORS, "\"target\":\"CMA CGM\",\"from\":0,\"to\":4"));

        JsonNode company = out.get(0).path("sentiment");
        assertThat(company.path("about").asText()).isEqualTo("target");
        assertThat(company.path("target_mentions").asInt()).isEqualTo(1);
        assertThat(company.path("label").asText()).isEqualTo("positive");
        JsonNode cityHall = out.get(1).path("sentiment");
        assertThat(cityHall.path("target").asText()).isEqualTo("city hall");
        assertThat(cityHall.path("label").asText()).isEqualTo("negative");
        assertThat(out.get(1).path("places").get(0).path("name").asText()).isEqualTo("Marseille");
        assertThat(out.get(2).path("id").asText()).isEqualTo("c");
        assertThat(out.get(2).path("error").asText()).contains("not the target");
    }

    @Test
    void groupsTwoCopiesOfOneStoryUnderTheFirstLine() throws Exception {
        String text = "Le Conseil de la Métropole Aix-Marseille-Provence a voté jeudi un plan de 300 millions d'euros "
                + "pour prolonger le tramway vers le nord de Marseille, avec douze nouvelles stations et une "
                + "mise en service annoncée pour 2029. Les élus de l'opposition dénoncent un calendrier irréaliste.";
        // a wire copy: same text, the outlet's own title and sign-off
        String copy = text + " Avec AFP.";
        String other = "Le festival d'Aix-en-Provence dévoile sa programmation : sept opéras, dont deux créations "
                + "mondiales, et un concert gratuit sur le cours Mirabeau en ouverture.";
        String input = line("orig", "Tramway : la Métropole vote 300 millions pour le nord de Marseille", text,
                "\"published\":\"2025-03-06T10:00:00Z\"")
                + line("fest", "Festival d'Aix : la programmation dévoilée", other, "\"published\":\"2025-03-06T11:00:00Z\"")
                + line("dup", "Marseille : la Métropole vote 300 millions pour le tramway du nord", copy,
                "\"published\":\"2025-03-06T12:30:00Z\"")
                + line("late", "Tramway : la Métropole vote 300 millions pour le nord de Marseille", text,
                "\"published\":\"2025-06-06T10:00:00Z\"");

        List<JsonNode> out = run(input);

        assertThat(out).extracting(n -> n.path("story_id").asText()).containsExactly("orig", "fest", "orig", "late");
        assertThat(run(input, "--no-stories")).extracting(n -> n.path("story_id").asText())
                .containsExactly("orig", "fest", "dup", "late");
    }

    @Test
    void progressGoesToStderr() throws Exception {
        String in = line("p1", "Marseille", "Le port grandit.", "") + line("p2", "Aix", "La ville grandit.", "");
        System.setIn(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));

        CliRun run = CliRun.of(new AnalyzeCommand(() -> analyzer), "--progress-every", "1");

        assertThat(run.err()).contains("analyze progress: 1 lines").contains("analyze done: 2 lines, 0 errors");
        assertThat(run.out().lines().count()).isEqualTo(2);
    }
}
