package io.vigie.enrich.language;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.model.RawMention;
import java.util.Objects;

/** The language annotation of the enrich pipeline. */
public final class LanguageStep implements EnrichmentStep {
    private final LanguageDetector detector;

    public LanguageStep(LanguageDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void annotate(RawMention mention, EnrichmentDraft draft) {
        DetectionInput input = DetectionInput.of(mention, detector.settings().maxChars());
        draft.language(detector.detect(input.text(), input.hints()));
    }
}
