package io.vigie.ingest.fetch;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Caps requests in flight per host, so a burst of new articles from one outlet stays polite. */
final class HostLimiter {
    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    Permit acquire(String host) throws InterruptedException {
        Semaphore s = permits.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost, true));
        s.acquire();
        return s::release;
    }

    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
