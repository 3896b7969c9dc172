package io.vigie.ingest.offline;

import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchFailure;
import io.vigie.ingest.fetch.FetchRequest;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.Validators;
import io.vigie.ingest.url.UrlCanonicalizer;
import java.io.IOException;
import java.nio.file.Files;

/** Serves feeds and pages from an {@link OfflineSnapshot}; unknown URLs answer like HTTP 404. */
public final class OfflineFetcher implements Fetcher {
    private final OfflineSnapshot snapshot;

    OfflineFetcher(OfflineSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws FetchException {
        String canonical;
        try {
            canonical = UrlCanonicalizer.canonicalize(request.url().toString());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchFailure.INVALID_URL, request.sourceId(), request.url(), e.getMessage());
        }
        OfflineSnapshot.Entry entry = snapshot.lookup(canonical);
        if (entry == null) {
            throw new FetchException(FetchFailure.HTTP_STATUS, request.sourceId(), request.url(),
                    "HTTP 404 (not in offline snapshot)", 404, null);
        }
        try {
            return new FetchResult(request.url(), 200, Files.readAllBytes(entry.file()), entry.contentType(), Validators.NONE);
        } catch (IOException e) {
            throw new FetchException(FetchFailure.CONNECTION, request.sourceId(), request.url(),
                    "cannot read snapshot file " + entry.file() + ": " + e.getMessage(), 0, e);
        }
    }
}
