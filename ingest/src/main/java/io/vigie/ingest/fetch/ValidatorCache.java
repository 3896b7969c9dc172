package io.vigie.ingest.fetch;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory ETag / Last-Modified per feed URL. The poller only stores validators once every entry
 * of that feed response was handled: remembering them earlier would make the next poll get a 304
 * and silently skip entries whose send failed.
 */
public final class ValidatorCache {
    private final Map<String, Validators> byUrl = new ConcurrentHashMap<>();

    public Validators get(URI url) {
        return byUrl.getOrDefault(url.toString(), Validators.NONE);
    }

    public void put(URI url, Validators validators) {
        if (validators == null || validators.isEmpty()) {
            byUrl.remove(url.toString());
        } else {
            byUrl.put(url.toString(), validators);
        }
    }

    public int size() {
        return byUrl.size();
    }
}
