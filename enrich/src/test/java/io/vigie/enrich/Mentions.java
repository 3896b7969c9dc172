package io.vigie.enrich;

import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.TextSource;
import java.time.Instant;
import java.util.List;

/** Realistic raw mentions for tests. */
public final class Mentions {
    public static final String FRENCH_TEXT = "La Métropole Aix-Marseille-Provence a voté jeudi un budget record pour "
            + "les transports en commun, avec l'extension du tramway vers le nord de Marseille et de nouvelles "
            + "lignes de bus à haut niveau de service entre Aix-en-Provence et Vitrolles.";
    public static final String ENGLISH_TEXT = "The Aix-Marseille-Provence metropolis voted on Thursday a record budget "
            + "for public transport, extending the tramway to the north of Marseille and adding new rapid bus "
            + "lines between Aix-en-Provence and Vitrolles.";

    private Mentions() {
    }

    public static RawMention mention(String path, String title, String text, List<String> hints) {
        String canonical = "https://news.example.org/" + path;
        return new RawMention(RawMention.SCHEMA_VERSION, MentionId.of(canonical), canonical, canonical, title, text,
                TextSource.PAGE, Instant.parse("2026-11-20T08:00:00Z"), null, Instant.parse("2026-11-20T08:05:00Z"),
                List.of(), hints, "Example News", null, null, null,
                new SourceRef("example-news", "Example News", "feed", "news.example.org", "GB", null,
                        SourceTier.INTERNATIONAL, 1.0));
    }

    public static RawMention french(String path) {
        return mention(path, "Transports : budget record pour la Métropole", FRENCH_TEXT, List.of("fr-FR"));
    }

    public static RawMention english(String path) {
        return mention(path, "Record transport budget for Marseille", ENGLISH_TEXT, List.of("en"));
    }
}
