package io.vigie.enrich.territory;

import io.vigie.enrich.EnrichmentDraft;
import io.vigie.enrich.EnrichmentStep;
import io.vigie.enrich.MentionBody;
import io.vigie.model.GeoPoint;
import io.vigie.model.LanguageGuess;
import io.vigie.model.Place;
import io.vigie.model.RawMention;
import io.vigie.model.Territory;
import io.vigie.model.TerritoryEntity;

/** Relevance to the territory and the places named, from {@link TerritoryRecognizer}. */
public final class TerritoryStep implements EnrichmentStep {
    private final TerritoryRecognizer recognizer;

    public TerritoryStep(TerritoryRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "territory";
    }

    @Override
    public void annotate(RawMention mention, EnrichmentDraft draft) {
        LanguageGuess language = draft.language();
        String source = mention.source().domain() != null ? mention.source().domain() : mention.source().id();
        TerritoryAnnotation annotation = recognizer.annotate(mention.title(), MentionBody.of(mention),
                language == null ? null : language.code(), source);
        draft.territory(toEvent(annotation));
    }

    static Territory toEvent(TerritoryAnnotation annotation) {
        return new Territory(annotation.relevant(), annotation.relevance(),
                annotation.places().stream().map(p -> new Place(p.name(), p.inseeCode(), p.mentionCount(),
                        p.lat() == null || p.lon() == null ? null : new GeoPoint(p.lat(), p.lon()))).toList(),
                annotation.entities().stream().map(e -> new TerritoryEntity(e.name(), e.type(), e.inseeCode(),
                        e.mentionCount())).toList(),
                annotation.evidence());
    }
}
