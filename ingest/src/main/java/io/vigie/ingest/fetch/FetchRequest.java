package io.vigie.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * @param sourceId   the source this fetch is done for (errors and logs name it)
 * @param url        absolute http(s) URL
 * @param target     feed or article page (feeds may be fetched conditionally)
 * @param validators ETag / Last-Modified of the last successful fetch, or {@link Validators#NONE}
 */
public record FetchRequest(String sourceId, URI url, Target target, Validators validators) {

    public enum Target { FEED, PAGE }

    public FetchRequest {
        Objects.requireNonNull(sourceId, "source id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(target, "target");
        if (validators == null) {
            validators = Validators.NONE;
        }
    }

    public static FetchRequest feed(String sourceId, URI url, Validators validators) {
        return new FetchRequest(sourceId, url, Target.FEED, validators);
    }

    public static FetchRequest page(String sourceId, URI url) {
        return new FetchRequest(sourceId, url, Target.PAGE, Validators.NONE);
    }
}
