package io.vigie.enrich.territory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tuning of the relevance score. The score is {@code S / (S + 1)} where S sums the weights of the
 * accepted mentions, so S = 1 (one commune in the lead sentence, or half a title) is relevance 0.5.
 *
 * @param threshold            relevance at or above which a text is relevant (0..1)
 * @param titleWeight          multiplier for a mention in the title
 * @param leadWeight           multiplier for a mention in the first sentence of the text
 * @param bodyWeight           multiplier for a mention further down
 * @param referenceBodyTokens  body length up to which body mentions are not diluted; a longer body
 *                             scales them by sqrt(reference / length)
 * @param listFactor           multiplier for a city named in a list with cities outside the territory
 *                             ("Paris, Lyon et Marseille")
 * @param clubOnlyCap          relevance ceiling of a football report with no territory angle
 * @param localSourcePrior     added to S when the source is a local outlet (never enough on its own)
 * @param localSources         lower-case substrings of source domains/names treated as local outlets
 */
public record TerritorySettings(double threshold, double titleWeight, double leadWeight, double bodyWeight,
                                int referenceBodyTokens, double listFactor, double clubOnlyCap,
                                double localSourcePrior, List<String> localSources) {

    public static final List<String> DEFAULT_LOCAL_SOURCES = List.of("laprovence", "la provence", "marsactu",
            "madeinmarseille", "made in marseille", "lamarseillaise", "gomet", "ici provence", "francebleu.fr/provence");

    public TerritorySettings {
        unit("threshold", threshold);
        unit("listFactor", listFactor);
        unit("clubOnlyCap", clubOnlyCap);
        positive("titleWeight", titleWeight);
        positive("leadWeight", leadWeight);
        positive("bodyWeight", bodyWeight);
        if (referenceBodyTokens < 1) {
            throw new IllegalArgumentException("territory.referenceBodyTokens must be >= 1, got " + referenceBodyTokens);
        }
        if (!(localSourcePrior >= 0 && localSourcePrior < 1)) {
            throw new IllegalArgumentException("territory.localSourcePrior must be in [0, 1) so a source alone "
                    + "never makes a text relevant, got " + localSourcePrior);
        }
        localSources = Objects.requireNonNull(localSources, "territory.localSources").stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    public static TerritorySettings defaults() {
        return new TerritorySettings(0.5, 2.0, 1.2, 0.8, 80, 0.25, 0.3, 0.3, DEFAULT_LOCAL_SOURCES);
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("territory." + name + " must be in [0, 1], got " + v);
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException("territory." + name + " must be > 0, got " + v);
        }
    }
}
