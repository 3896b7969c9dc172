package io.vigie.index.testing;

import io.vigie.model.EnrichedMention;
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

    public static EnrichedMention enriched(RawMention raw) {
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess("fr", 0.97, "model+hint"),
                null, null, null, null, ENRICHED_AT);
    }
}
