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

        EnrichedMention enriched = Enricher.withDefaults(CLOCK).enrich(mention);

        assertThat(enriched.mention()).isEqualTo(mention);
        assertThat(enriched.id()).isEqualTo(mention.id());
        assertThat(enriched.language().code()).isEqualTo("fr");
        assertThat(enriched.language().method()).isEqualTo(LanguageDetector.METHOD_MODEL_AND_HINT);
        assertThat(enriched.enrichedAt()).isEqualTo(NOW);
        assertThat(enriched.schemaVersion()).isEqualTo(EnrichedMention.SCHEMA_VERSION);
    }

    @Test
    void standardEnricherAnnotatesTerritorySentimentAndTransitions() {
        RawMention shooting = Mentions.mention("fusillade", "Fusillade à Marseille : un homme tué par balles dans les quartiers Nord",
                "Un homme de 24 ans a été tué par balles dans la nuit de mardi à mercredi dans le 14e arrondissement de "
                        + "Marseille, sur fond de trafic de drogue. C'est le dixième meurtre lié au narcotrafic cette année.",
                List.of("fr"));
        RawMention elsewhere = Mentions.mention("lyon", "Lyon inaugure une nouvelle ligne de tramway",
                "La métropole de Lyon a inauguré samedi une ligne de tramway de 7 kilomètres vers l'est de "
                        + "l'agglomération.", List.of("fr"));
        Enricher enricher = Enricher.withDefaults(CLOCK);

        EnrichedMention negative = enricher.enrich(shooting);
        EnrichedMention unrelated = enricher.enrich(elsewhere);

        assertThat(negative.territory().relevant()).isTrue();
        assertThat(negative.territory().places()).extracting(p -> p.name()).anySatisfy(name -> assertThat(name).contains("Marseille"));
        assertThat(negative.sentiment().label()).isEqualTo("negative");
        assertThat(negative.transitions().pillars()).contains("social");
        assertThat(unrelated.territory().relevant()).isFalse();
        assertThat(unrelated.transitions().frame()).isNull();
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
