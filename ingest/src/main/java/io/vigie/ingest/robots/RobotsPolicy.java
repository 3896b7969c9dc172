package io.vigie.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchFailure;
import io.vigie.ingest.fetch.FetchRequest;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.health.Counters;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt rules per origin (scheme, host, port), fetched through the same guarded fetcher as
 * everything else and cached for a while. Follows RFC 9309: a 4xx robots.txt means "no rules",
 * a 5xx or an unreachable one means "crawl nothing" for now (cached for a shorter time so the
 * site gets a new chance soon).
 */
public final class RobotsPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsPolicy.class);
    static final int MAX_CACHED_ORIGINS = 20_000;

    private final Fetcher fetcher;
    private final String agentName;
    private final Duration ttl;
    private final Duration failureTtl;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Counters counters = new Counters();

    private record Cached(BaseRobotRules rules, Instant expires) {
    }

    /**
     * @param agentName  the product token matched against User-agent lines, e.g. "vigiebot"
     * @param ttl        how long fetched rules are trusted
     * @param failureTtl how long "unreachable robots.txt, crawl nothing" is kept
     */
    public RobotsPolicy(Fetcher fetcher, String agentName, Duration ttl, Duration failureTtl, Clock clock) {
        if (agentName == null || agentName.isBlank()) {
            throw new IllegalArgumentException("robots agent name must not be blank");
        }
        this.fetcher = fetcher;
        this.agentName = agentName.toLowerCase(Locale.ROOT);
        this.ttl = ttl;
        this.failureTtl = failureTtl;
        this.clock = clock;
    }

    /** The robots product token from a User-Agent such as "VigieBot/0.1 (...)": "vigiebot". */
    public static String agentToken(String userAgent) {
        String first = userAgent.strip().split("[/\\s]", 2)[0];
        return first.isEmpty() ? "vigiebot" : first.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code url} may be fetched; fetches robots.txt on first use of its origin. */
    public boolean allowed(String sourceId, URI url) {
        String origin = origin(url);
        Instant now = clock.instant();
        Cached cached = cache.get(origin);
        if (cached == null || !now.isBefore(cached.expires())) {
            // One fetch per origin even when many pages of a new site are checked at once.
            ReentrantLock lock = locks.computeIfAbsent(origin, o -> new ReentrantLock());
            lock.lock();
            try {
                cached = cache.get(origin);
                if (cached == null || !now.isBefore(cached.expires())) {
                    cached = load(sourceId, origin, now);
                    if (cache.size() >= MAX_CACHED_ORIGINS) {
                        // Search and GDELT sources reach many sites once: forget the expired ones.
                        cache.values().removeIf(c -> !now.isBefore(c.expires()));
                    }
                    cache.put(origin, cached);
                }
            } finally {
                lock.unlock();
            }
        }
        return cached.rules().isAllowed(url.toString());
    }

    /** Crawl-delay asked by the site for our agent, if any. */
    public Duration crawlDelay(URI url) {
        Cached cached = cache.get(origin(url));
        if (cached == null || cached.rules().getCrawlDelay() <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(cached.rules().getCrawlDelay());
    }

    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    private Cached load(String sourceId, String origin, Instant now) {
        URI robotsUrl = URI.create(origin + "/robots.txt");
        counters.increment("robots_fetched");
        try {
            FetchResult r = fetcher.fetch(FetchRequest.page(sourceId, robotsUrl));
            BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(), List.of(agentName));
            return new Cached(rules, now.plus(ttl));
        } catch (FetchException e) {
            if (e.kind() == FetchFailure.HTTP_STATUS && e.status() >= 400 && e.status() < 500) {
                return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(ttl));
            }
            if (e.kind() == FetchFailure.BLOCKED_ADDRESS || e.kind() == FetchFailure.UNKNOWN_HOST
                    || e.kind() == FetchFailure.INVALID_URL) {
                // The page fetch will fail for the same reason, and its error says so more clearly.
                return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(failureTtl));
            }
            counters.increment("robots_unavailable");
            LOG.info("source {}: robots.txt {} unavailable ({}): pages of that site are not fetched for {}",
                    sourceId, robotsUrl, e.reason(), failureTtl);
            return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(failureTtl));
        }
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
