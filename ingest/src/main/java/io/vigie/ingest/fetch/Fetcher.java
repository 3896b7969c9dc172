package io.vigie.ingest.fetch;

/**
 * Gets the bytes behind a URL: from the network ({@link HttpFetcher}) or from a snapshot folder
 * ({@code OfflineFetcher}), so that the rest of ingest does not know the difference.
 */
public interface Fetcher {

    /**
     * @return the response; {@link FetchResult#notModified()} when the conditional request matched
     * @throws FetchException for every failure, with the source id, URL and a readable reason
     */
    FetchResult fetch(FetchRequest request) throws FetchException;

    /** Fetch-level counters (retries, politeness waits...), empty when the fetcher keeps none. */
    default java.util.Map<String, Long> counters() {
        return java.util.Map.of();
    }
}
