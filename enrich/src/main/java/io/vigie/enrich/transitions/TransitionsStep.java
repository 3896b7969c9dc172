package io.vigie.enrich.transitions;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.enrich.MentionBody;
import io.vigie.model.LanguageGuess;
import io.vigie.model.RawMention;
import java.util.Objects;

/**
 * Transition pillars, themes and forefront/lagging frame from {@link TransitionsClassifier}. Runs
 * after the language and territory steps, whose annotations it reads.
 */
public final class TransitionsStep implements EnrichmentStep {
    private final TransitionsClassifier classifier;

    public TransitionsStep(TransitionsClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    @Override
    public String name() {
        return "transitions";
    }

    @Override
    public void annotate(RawMention mention, EnrichmentDraft draft) {
        LanguageGuess language = draft.language();
        draft.transitions(classifier.classify(mention.title(), MentionBody.of(mention),
                language == null ? null : language.code(), draft.territory()));
    }
}
