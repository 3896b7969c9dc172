package io.vigie.enrich.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.enrich.Enricher;
import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.enrich.sentiment.SentimentSettings;
import io.vigie.enrich.sentiment.TerritorySentimentAnalyzer;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.json.Json;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The streaming machinery, with a stand-in enrichment step so that lines finish out of order and fail on demand. */
class AnalyzePipelineTest {

    /** Sleeps a random moment so that workers finish out of order; fails on ids starting with "boom". */
    private static final EnrichmentStep STEP = new EnrichmentStep() {
        @Override
        public String name() {
            return "language";
        }

        @Override
        public void annotate(RawMention mention, EnrichmentDraft draft) {
            if (mention.id().startsWith("boom")) {
                throw new IllegalStateException("model exploded");
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            draft.language(new LanguageGuess("fr", 1, "model"));
        }
    };

    private static MentionAnalyzer analyzer() {
        return new MentionAnalyzer(new Enricher(List.of(STEP), Clock.systemUTC()),
                new TargetSentiment(new TerritorySentimentAnalyzer(java.util.Map.of(), SentimentSettings.defaults())),
                Clock.systemUTC());
    }

    private record Run(List<JsonNode> lines, String progress, AnalyzeCounters counters) {
    }

    private static Run run(String input, AnalyzeSettings settings, StoryAssigner stories) throws Exception {
        AnalyzePipeline pipeline = new AnalyzePipeline(analyzer(), settings);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        pipeline.run(new BufferedReader(new StringReader(input)), new PrintWriter(out), new PrintWriter(err), stories);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isBlank()) {
                lines.add(Json.mapper().readTree(l));
            }
        }
        return new Run(lines, err.toString(), pipeline.counters());
    }

    @Test
    void outputFollowsInputOrderWhateverOrderWorkersFinishIn() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            in.append("{\"id\":\"m").append(i).append("\",\"title\":\"Marseille ").append(i).append("\"}\n");
        }

        Run run = run(in.toString(), new AnalyzeSettings(4, 6, 50, 10_000), StoryAssigner.NONE);

        assertThat(run.lines()).extracting(n -> n.path("id").asText())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 200).mapToObj(i -> "m" + i).toList());
        assertThat(run.progress()).contains("analyze progress: 50 lines").contains("analyze done: 200 lines, 0 errors");
    }

    @Test
    void failuresBecomeErrorLinesAndTheRunGoesOn() throws Exception {
        String in = "{\"id\":\"a\",\"title\":\"x\"}\n\n   \n{\"id\":\"boom-1\",\"title\":\"x\"}\n{oops\n"
                + "{\"id\":\"b\",\"title\":\"x\"}\n";

        Run run = run(in, new AnalyzeSettings(2, 2, 0, 10_000), StoryAssigner.NONE);

        assertThat(run.lines()).hasSize(4);
        assertThat(run.lines().get(1).path("id").asText()).isEqualTo("boom-1");
        assertThat(run.lines().get(1).path("line").asInt()).isEqualTo(4);
        assertThat(run.lines().get(1).path("error").asText()).contains("language").contains("model exploded");
        assertThat(run.lines().get(2).path("line").asInt()).isEqualTo(5);
        assertThat(run.lines().get(3).path("id").asText()).isEqualTo("b");
        assertThat(run.lines().get(3).path("sentiment").path("label").asText()).isEqualTo("neutral");
        assertThat(run.progress()).isEmpty();
        assertThat(run.counters().snapshot()).containsEntry("analyze.lines", 4L).containsEntry("analyze.errors", 2L)
                .containsEntry("analyze.analyzed", 2L).containsEntry("analyze.blank", 2L);
    }

    @Test
    void storiesAreAskedInInputOrderAndAFailingGrouperLeavesTheLineItsOwnStory() throws Exception {
        List<String> asked = new ArrayList<>();
        StoryAssigner stories = a -> {
            asked.add(a.id());
            if (a.id().equals("c")) {
                throw new IllegalStateException("grouper bug");
            }
            return "s-" + asked.get(0);
        };

        Run run = run("{\"id\":\"a\",\"title\":\"x\"}\n{\"id\":\"b\",\"title\":\"x\"}\n{\"id\":\"c\",\"title\":\"x\"}\n",
                new AnalyzeSettings(3, 3, 0, 10_000), stories);

        assertThat(asked).containsExactly("a", "b", "c");
        assertThat(run.lines()).extracting(n -> n.path("story_id").asText()).containsExactly("s-a", "s-a", "c");
    }

    @Test
    void settingsAreValidated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AnalyzeSettings(2, 1, 0, 10))
                .hasMessageContaining("analyze.window");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AnalyzeSettings(0, 1, 0, 10))
                .hasMessageContaining("analyze.threads");
    }
}
