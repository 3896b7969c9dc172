package io.vigie.model;

import java.util.Objects;

/**
 * The outlet a mention came from, carried on every event so that downstream stages never need
 * the source registry.
 *
 * @param id             stable source id from the registry
 * @param name           outlet name, as shown to analysts
 * @param kind           how it is fetched (feed, news_search, gdelt, social, offline)
 * @param domain         the outlet's web domain, when known
 * @param country        ISO 3166-1 alpha-2 country of the outlet
 * @param language       ISO 639-1 language the outlet publishes in, when fixed
 * @param tier           audience reach
 * @param audienceWeight relative audience weight (1.0 when unknown)
 */
public record SourceRef(
        String id,
        String name,
        String kind,
        String domain,
        String country,
        String language,
        SourceTier tier,
        double audienceWeight) {

    public SourceRef {
        Objects.requireNonNull(id, "source id");
        if (audienceWeight <= 0) {
            audienceWeight = 1.0;
        }
    }
}
