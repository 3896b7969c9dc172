package io.vigie.ingest.search;

import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchRequest;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.Fetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Turns a news-search item link into the publisher's URL: Bing's redirector carries it in a
 * parameter; Google News' is followed (through the guarded fetcher, so every hop is checked) and,
 * when it stops on Google's own page, that page is searched for the publisher link. When nothing
 * works the aggregator link is kept; the caller then names the publisher from the feed item.
 */
public final class NewsSearchResolver {
    private final Fetcher fetcher;
    private final BiPredicate<String, URI> mayFetch;

    /** @param mayFetch whether a URL may be fetched for a source (robots.txt), e.g. {@code (s, u) -> true} */
    public NewsSearchResolver(Fetcher fetcher, BiPredicate<String, URI> mayFetch) {
        this.fetcher = fetcher;
        this.mayFetch = mayFetch;
    }

    /**
     * @param resolved whether {@code link} is now the publisher's URL
     * @param failure  why resolution failed, or null
     */
    public record Resolution(String link, boolean resolved, String failure) {
    }

    public Resolution resolve(String sourceId, String link) {
        Optional<String> bing = AggregatorLinks.bingTarget(link);
        if (bing.isPresent()) {
            return new Resolution(bing.get(), true, null);
        }
        if (!AggregatorLinks.isGoogleNewsArticle(link)) {
            return new Resolution(link, !AggregatorLinks.isAggregator(link), null);
        }
        try {
            URI uri = URI.create(link);
            if (!mayFetch.test(sourceId, uri)) {
                return new Resolution(link, false, "aggregator link disallowed by robots.txt");
            }
            FetchResult r = fetcher.fetch(FetchRequest.page(sourceId, uri));
            String landed = r.url().toString();
            if (!AggregatorLinks.isAggregator(landed)) {
                return new Resolution(landed, true, null);
            }
            Optional<String> inPage = AggregatorLinks.publisherLinkInHtml(new String(r.body(), StandardCharsets.UTF_8), r.url());
            return inPage.map(u -> new Resolution(u, true, null))
                    .orElseGet(() -> new Resolution(link, false, "no publisher link on the aggregator page"));
        } catch (FetchException e) {
            return new Resolution(link, false, e.reason());
        } catch (IllegalArgumentException e) {
            return new Resolution(link, false, "invalid link: " + e.getMessage());
        }
    }
}
