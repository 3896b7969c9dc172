package io.vigie.ingest.source;

import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One outlet to poll, as declared in the source registry (the app maps YAML onto it).
 *
 * @param id             stable id, used in events, logs, counters and offline file names
 * @param name           outlet name shown to analysts
 * @param kind           {@code feed} (an outlet's RSS/Atom), {@code news_search} (a news search engine's RSS for
 *                       a query: item links are aggregator redirects, resolved to the publisher),
 *                       {@code gdelt} (a GDELT DOC 2.0 ArtList JSON query: each article's publisher becomes
 *                       the mention's outlet), {@code social} (a community RSS/Atom endpoint: the item is the
 *                       post, no page is fetched) or {@code offline} (a feed read from a snapshot folder)
 * @param url            feed URL (for gdelt, the full API URL with its query)
 * @param domain         outlet web domain (defaults to the feed host without {@code www.})
 * @param country        ISO 3166-1 alpha-2 country, may be null
 * @param language       ISO 639-1 language, may be null when mixed
 * @param tier           audience reach
 * @param audienceWeight relative audience weight, 1.0 when unknown
 */
public record SourceDefinition(
        String id,
        String name,
        String kind,
        URI url,
        String domain,
        String country,
        String language,
        SourceTier tier,
        double audienceWeight) {

    public static final String KIND_FEED = "feed";
    public static final String KIND_NEWS_SEARCH = "news_search";
    public static final String KIND_SOCIAL = "social";
    public static final String KIND_OFFLINE = "offline";
    public static final String KIND_GDELT = "gdelt";
    private static final Set<String> KINDS = Set.of(KIND_FEED, KIND_NEWS_SEARCH, KIND_SOCIAL, KIND_OFFLINE, KIND_GDELT);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public SourceDefinition {
        Objects.requireNonNull(id, "source id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("source id '" + id
                    + "' must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        kind = kind == null ? KIND_FEED : kind.trim().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("source " + id + ": unsupported kind '" + kind + "', expected one of " + KINDS);
        }
        if (url == null || !url.isAbsolute() || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("source " + id + ": url must be an absolute http(s) URL, got " + url);
        }
        if (name == null || name.isBlank()) {
            name = id;
        }
        if (domain == null || domain.isBlank()) {
            String host = url.getHost().toLowerCase(Locale.ROOT);
            domain = host.startsWith("www.") ? host.substring(4) : host;
        }
        country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        language = language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
        if (tier == null) {
            tier = SourceTier.NATIONAL;
        }
        if (!(audienceWeight > 0) || Double.isInfinite(audienceWeight)) {
            audienceWeight = 1.0;
        }
    }

    public static Builder builder(String id, String url) {
        return new Builder(id, url);
    }

    /** The outlet as carried on events. */
    public SourceRef toRef() {
        return new SourceRef(id, name, kind, domain, country, language, tier, audienceWeight);
    }

    /** YAML-free way to declare sources, for tests and the offline snapshot. */
    public static final class Builder {
        private final String id;
        private final String url;
        private String name;
        private String kind = KIND_FEED;
        private String domain;
        private String country;
        private String language;
        private SourceTier tier = SourceTier.NATIONAL;
        private double audienceWeight = 1.0;

        private Builder(String id, String url) {
            this.id = id;
            this.url = url;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder kind(String v) { this.kind = v; return this; }
        public Builder domain(String v) { this.domain = v; return this; }
        public Builder country(String v) { this.country = v; return this; }
        public Builder language(String v) { this.language = v; return this; }
        public Builder tier(SourceTier v) { this.tier = v; return this; }
        public Builder audienceWeight(double v) { this.audienceWeight = v; return this; }

        public SourceDefinition build() {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("source " + id + ": malformed url " + url, e);
            }
            return new SourceDefinition(id, name, kind, uri, domain, country, language, tier, audienceWeight);
        }
    }
}
