package io.vigie.index.testing;

import io.vigie.model.EnrichedMention;
import io.vigie.model.GeoPoint;
import io.vigie.model.Place;
import io.vigie.model.Sentiment;
import io.vigie.model.Territory;
import io.vigie.model.TerritoryEntity;
import io.vigie.model.Transitions;
import io.vigie.model.LanguageGuess;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.TextSource;
import java.time.Instant;
import java.util.List;

/** Realistic enriched mentions for tests. */
public final class Mentions {
    public static final Instant FIRST_SEEN = Instant.parse("2026-11-20T08:15:00Z");
    public static final Instant PUBLISHED = Instant.parse("2026-11-19T22:30:00Z");
    public static final Instant ENRICHED_AT = Instant.parse("2026-11-20T08:15:02.123Z");

    private Mentions() {
    }

    public static SourceRef lemonde() {
        return new SourceRef("lemonde-intl", "Le Monde", "feed", "lemonde.fr", "FR", "fr", SourceTier.NATIONAL, 2.5);
    }

    public static RawMention raw(String url, Instant published) {
        return new RawMention(RawMention.SCHEMA_VERSION, MentionId.of(url), url, url,
                "Marseille accueille les Jeux méditerranéens",
                "La Métropole Aix-Marseille-Provence prépare l'événement.\n\nLe Vieux-Port sera rénové.",
                TextSource.PAGE, published, null, FIRST_SEEN, List.of("Jeanne Martin", "Ali Benali"),
                List.of("fr-FR"), "Le Monde", "Un résumé", "https://img.example.org/a.jpg", "a1b2c3d4e5f60718",
                lemonde());
    }

    public static EnrichedMention enriched(String url) {
        return enriched(raw(url, PUBLISHED));
    }

    /** A v2 event: relevant, places with coordinates, sentiment, pillars and a frame. */
    public static EnrichedMention enrichedV2(RawMention raw, String sentimentLabel, double score, List<String> pillars,
                                             String frame) {
        Territory territory = new Territory(true, 0.92,
                List.of(new Place("Marseille", "13055", 3, new GeoPoint(43.2965, 5.3698)),
                        new Place("Aubagne", "13005", 1, new GeoPoint(43.2927, 5.5708)),
                        new Place("Cassis", "13022", 1, null)),
                List.of(new TerritoryEntity("Port de Marseille-Fos", "institution", "13055", 2)),
                List.of("names Marseille 3 times"));
        Sentiment sentiment = new Sentiment(sentimentLabel, score, 0.8, "neutral", 0.1, List.of("rénové"));
        Transitions transitions = new Transitions(pillars, List.of("transport"), List.of("mobility"), frame, List.of("navette maritime"));
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess("fr", 0.97, "model+hint"),
                territory, sentiment, transitions, null, ENRICHED_AT);
    }

    public static EnrichedMention enriched(RawMention raw) {
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess("fr", 0.97, "model+hint"),
                null, null, null, null, ENRICHED_AT);
    }
}
