package io.vigie.enrich.transitions;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
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
        draft.transitions(classifier.classify(mention.title(), body(mention),
                language == null ? null : language.code(), draft.territory()));
    }

    /** The description often holds the standfirst, which the page text may not repeat. */
    private static String body(RawMention mention) {
        String text = mention.text() == null ? "" : mention.text();
        String description = mention.description();
        if (description == null || description.isBlank() || text.contains(description.strip())) {
            return text;
        }
        return description + "\n\n" + text;
    }
}
