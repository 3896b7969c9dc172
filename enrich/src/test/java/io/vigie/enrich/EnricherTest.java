package io.vigie.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.enrich.language.LanguageDetector;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void standardEnricherKeepsTheMentionAndAddsItsLanguage() {
        RawMention mention = Mentions.french("a");

        EnrichedMention enriched = Enricher.standard(LanguageDetector.withDefaults(), io.vigie.enrich.territory.TerritoryRecognizer.withDefaults(), CLOCK).enrich(mention);

        assertThat(enriched.mention()).isEqualTo(mention);
        assertThat(enriched.id()).isEqualTo(mention.id());
        assertThat(enriched.language().code()).isEqualTo("fr");
        assertThat(enriched.language().method()).isEqualTo(LanguageDetector.METHOD_MODEL_AND_HINT);
        assertThat(enriched.enrichedAt()).isEqualTo(NOW);
        assertThat(enriched.schemaVersion()).isEqualTo(EnrichedMention.SCHEMA_VERSION);
    }

    @Test
    void stepsRunInOrderAndSeeEarlierAnnotations() {
        List<String> seen = new ArrayList<>();
        EnrichmentStep language = step("language", (m, d) -> d.language(new LanguageGuess("it", 0.9, "model")));
        EnrichmentStep later = step("sentiment", (m, d) -> seen.add("sentiment saw " + d.language().code()));

        EnrichedMention enriched = new Enricher(List.of(language, later), CLOCK).enrich(Mentions.english("b"));

        assertThat(seen).containsExactly("sentiment saw it");
        assertThat(enriched.language().code()).isEqualTo("it");
    }

    @Test
    void aFailingStepIsNamedInTheException() {
        EnrichmentStep broken = step("topics", (m, d) -> {
            throw new IllegalStateException("model file truncated");
        });
        RawMention mention = Mentions.english("c");

        assertThatThrownBy(() -> new Enricher(List.of(broken), CLOCK).enrich(mention))
                .isInstanceOf(EnrichmentException.class)
                .hasMessageContaining("topics").hasMessageContaining(mention.id()).hasMessageContaining("model file truncated")
                .satisfies(e -> assertThat(((EnrichmentException) e).step()).isEqualTo("topics"));
    }

    @Test
    void aPipelineThatSetsNoLanguageIsAnError() {
        EnrichmentStep nothing = step("noop", (m, d) -> { });

        assertThatThrownBy(() -> new Enricher(List.of(nothing), CLOCK).enrich(Mentions.english("d")))
                .isInstanceOf(EnrichmentException.class).hasMessageContaining("no step set the language");
    }

    @Test
    void anEmptyPipelineIsRejected() {
        assertThatThrownBy(() -> new Enricher(List.of(), CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    static EnrichmentStep step(String name, java.util.function.BiConsumer<RawMention, EnrichmentDraft> body) {
        return new EnrichmentStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void annotate(RawMention mention, EnrichmentDraft draft) {
                body.accept(mention, draft);
            }
        };
    }
}
