package io.vigie.enrich.transitions;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.Mentions;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import io.vigie.model.Territory;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionsStepTest {

    @Test
    void readsLanguageAndTerritoryAndWritesTransitions() {
        RawMention mention = Mentions.mention("transitions/1", "Marseille, vitrine de l'hydrogène vert",
                "Le port de Marseille-Fos accueille des électrolyseurs pour décarboner l'industrie.", List.of("fr"));
        EnrichmentDraft draft = new EnrichmentDraft().language(new LanguageGuess("fr", 0.99, "model"))
                .territory(new Territory(true, 0.95, List.of(), List.of(), List.of()));
        TransitionsStep step = new TransitionsStep(TransitionsClassifier.withDefaults());
        step.annotate(mention, draft);
        assertThat(step.name()).isEqualTo("transitions");
        assertThat(draft.transitions().topics()).contains("hydrogen");
        assertThat(draft.transitions().frame()).isEqualTo("forefront");
    }

    @Test
    void withoutTerritoryAnnotationThereIsNoFrame() {
        EnrichmentDraft draft = new EnrichmentDraft().language(new LanguageGuess("en", 0.99, "model"));
        new TransitionsStep(TransitionsClassifier.withDefaults()).annotate(Mentions.english("transitions/2"), draft);
        assertThat(draft.transitions().topics()).contains("mobility");
        assertThat(draft.transitions().frame()).isNull();
    }
}
