package io.vigie.ingest.poll;

import io.vigie.ingest.dedupe.SeenStore;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.extract.ExtractedArticle;
import io.vigie.ingest.feed.FeedEntry;
import io.vigie.ingest.feed.FeedParseException;
import io.vigie.ingest.feed.FeedParser;
import io.vigie.ingest.feed.ParsedFeed;
import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchRequest;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.IntervalGate;
import io.vigie.ingest.fetch.ValidatorCache;
import io.vigie.ingest.gdelt.GdeltArticle;
import io.vigie.ingest.gdelt.GdeltParseException;
import io.vigie.ingest.gdelt.GdeltParser;
import io.vigie.ingest.health.Counters;
import io.vigie.ingest.health.SourceHealthTracker;
import io.vigie.ingest.mention.MentionAssembler;
import io.vigie.ingest.robots.RobotsPolicy;
import io.vigie.ingest.search.AggregatorLinks;
import io.vigie.ingest.search.NewsSearchResolver;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.url.UrlCanonicalizer;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.SourceRef;
import io.vigie.model.TextSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source: fetch (conditional), parse (RSS/Atom, or GDELT JSON), and for each entry not
 * seen yet resolve aggregator links, fetch the page (robots.txt permitting), assemble the mention,
 * send it, and mark it seen once Kafka acknowledged it. Then plans the source's next poll.
 */
final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    static final int GDELT_MAX_RECORDS = 250;

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final ArticleExtractor extractor;
    private final MentionAssembler assembler;
    private final SeenStore seen;
    private final Set<String> claims;
    private final ValidatorCache validators;
    private final Producer<String, RawMention> producer;
    private final IngestSettings settings;
    private final Counters counters;
    private final Clock clock;
    private final RobotsPolicy robots;
    private final NewsSearchResolver resolver;
    private final IntervalGate gdeltGate;
    private final PollPlanner planner;

    FeedPoller(Fetcher fetcher, FeedParser parser, ArticleExtractor extractor, MentionAssembler assembler,
               SeenStore seen, Set<String> claims, ValidatorCache validators, Producer<String, RawMention> producer,
               IngestSettings settings, Counters counters, Clock clock, RobotsPolicy robots, IntervalGate gdeltGate) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.extractor = extractor;
        this.assembler = assembler;
        this.seen = seen;
        this.claims = claims;
        this.validators = validators;
        this.producer = producer;
        this.settings = settings;
        this.counters = counters;
        this.clock = clock;
        this.robots = robots;
        this.resolver = new NewsSearchResolver(fetcher, robots == null ? (s, u) -> true : robots::allowed);
        this.gdeltGate = gdeltGate;
        this.planner = new PollPlanner(settings);
    }

    /** A mention handed to the producer, with the ids to mark seen once acknowledged. */
    private record Pending(RawMention mention, List<String> ids, Future<RecordMetadata> ack) {
    }

    /** One entry to turn into a mention; {@code publisher} null means "the source itself". */
    private record Item(FeedEntry entry, SourceRef publisher, String language) {
    }

    private enum Status { FAILED, NOT_MODIFIED, FETCHED }

    private record Outcome(Status status, List<Instant> itemDates) {
        static final Outcome FAILED = new Outcome(Status.FAILED, List.of());
        static final Outcome NOT_MODIFIED = new Outcome(Status.NOT_MODIFIED, List.of());
    }

    void poll(SourceDefinition source, SourceHealthTracker health, CycleStats stats) {
        Outcome outcome = Outcome.FAILED;
        try {
            outcome = pollSource(source, health, stats);
        } finally {
            Instant now = clock.instant();
            PollPlanner.Plan plan = switch (outcome.status()) {
                case FAILED -> planner.afterFailure(now, health.pollInterval(), health.consecutiveFailures());
                case NOT_MODIFIED -> planner.afterNotModified(now, health.pollInterval());
                case FETCHED -> planner.afterSuccess(now, health.pollInterval(), outcome.itemDates());
            };
            if (plan.consecutiveFailures() > 1) {
                counters.increment("sources_backed_off");
                LOG.info("source {}: {} failures in a row, next poll at {}", source.id(), plan.consecutiveFailures(),
                        plan.nextPollAt());
            }
            health.scheduled(plan.nextPollAt(), plan.interval(), plan.consecutiveFailures());
        }
    }

    private Outcome pollSource(SourceDefinition source, SourceHealthTracker health, CycleStats stats) {
        Instant previousLook = health.lastSuccess();
        URI feedUrl = source.url();
        boolean gdelt = SourceDefinition.KIND_GDELT.equals(source.kind());
        FetchResult result;
        try {
            if (gdelt) {
                // GDELT asks for about one call per 5 s from a client: every GDELT source shares this gate.
                gdeltGate.await();
                counters.increment("gdelt_calls");
            }
            result = fetcher.fetch(FetchRequest.feed(source.id(), feedUrl, validators.get(feedUrl)));
        } catch (FetchException e) {
            error(source.id(), health, stats, "feed_" + e.kind().code(), e.url(), e.reason());
            stats.sourcesFailed.increment();
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
        if (result.notModified()) {
            counters.increment("feeds_not_modified");
            stats.notModified.increment();
            health.success(clock.instant());
            return Outcome.NOT_MODIFIED;
        }
        List<Item> items;
        try {
            items = gdelt ? gdeltItems(source, result) : feedItems(source, result);
        } catch (FeedParseException e) {
            error(source.id(), health, stats, "feed_parse", result.url(), "malformed feed: " + e.reason());
            stats.sourcesFailed.increment();
            return Outcome.FAILED;
        } catch (GdeltParseException e) {
            error(source.id(), health, stats, "feed_parse", result.url(), e.getMessage());
            stats.sourcesFailed.increment();
            return Outcome.FAILED;
        }
        counters.increment("feeds_fetched");
        health.success(clock.instant());
        List<Instant> dates = items.stream().map(i -> i.entry().published()).filter(Objects::nonNull).toList();
        // A GDELT answer holds up to 250 articles by design: all are looked at.
        int limit = gdelt ? Math.max(settings.maxEntriesPerFeed(), GDELT_MAX_RECORDS) : settings.maxEntriesPerFeed();
        if (items.size() > limit) {
            counters.increment("feeds_truncated");
            LOG.info("source {}: {} entries, only the first {} are looked at", source.id(), items.size(), limit);
            items = items.subList(0, limit);
        }
        health.itemsSeen(items.size());
        stats.entries.add(items.size());
        counters.add("entries_seen", items.size());

        List<Future<Pending>> work = new ArrayList<>();
        // Entries of one feed are handled concurrently; the fetcher keeps each host polite.
        try (ExecutorService pages = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Item item : items) {
                work.add(pages.submit(() -> prepare(source, item, health, stats)));
            }
        }
        boolean allDelivered = true;
        for (Future<Pending> f : work) {
            Pending pending;
            try {
                pending = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.FAILED;
            } catch (ExecutionException e) {
                allDelivered = false;
                error(source.id(), health, stats, "internal", feedUrl, "entry failed: " + e.getCause());
                continue;
            }
            if (pending != null && !await(source, pending, previousLook, health, stats)) {
                allDelivered = false;
            }
        }
        if (allDelivered) {
            // Only now may the next poll skip this document with a 304.
            validators.put(feedUrl, result.validators());
        }
        return new Outcome(Status.FETCHED, dates);
    }

    private List<Item> feedItems(SourceDefinition source, FetchResult result) throws FeedParseException {
        ParsedFeed feed = parser.parse(source.id(), result.url(), result.body(), result.contentType());
        if (feed.recovered()) {
            counters.increment("feeds_recovered");
        }
        return feed.entries().stream().map(e -> new Item(e, null, feed.language())).toList();
    }

    private List<Item> gdeltItems(SourceDefinition source, FetchResult result) throws GdeltParseException {
        List<Item> items = new ArrayList<>();
        for (GdeltArticle a : GdeltParser.parse(result.body())) {
            String domain = a.domain() != null ? a.domain() : AggregatorLinks.domainOf(a.url());
            // The outlet is the publisher GDELT found; the source id stays the finder's (health, logs).
            SourceRef publisher = new SourceRef(source.id(), domain == null ? source.name() : domain, source.kind(),
                    domain, a.country(), a.language(), source.tier(), source.audienceWeight());
            FeedEntry entry = new FeedEntry(a.title(), a.url(), null, a.seenAt(), null, null, List.of(), List.of());
            items.add(new Item(entry, publisher, a.language()));
        }
        return items;
    }

    /** @return the pending send, or null when the entry needs nothing sent */
    private Pending prepare(SourceDefinition source, Item item, SourceHealthTracker health, CycleStats stats) {
        FeedEntry entry = item.entry();
        String linkCanonical;
        try {
            linkCanonical = UrlCanonicalizer.canonicalize(entry.link());
        } catch (IllegalArgumentException e) {
            error(source.id(), health, stats, "invalid_link", source.url(), "unusable entry link: " + e.getMessage());
            return null;
        }
        String linkId = MentionId.of(linkCanonical);
        if (seen.contains(linkId) || !claims.add(linkId)) {
            duplicate(health, stats);
            return null;
        }
        List<String> claimed = new ArrayList<>(List.of(linkId));
        try {
            SourceRef ref = item.publisher() != null ? item.publisher() : source.toRef();
            boolean newsSearch = SourceDefinition.KIND_NEWS_SEARCH.equals(source.kind());
            boolean resolved = true;
            if (newsSearch) {
                NewsSearchResolver.Resolution r = resolver.resolve(source.id(), entry.link());
                resolved = r.resolved();
                String[] split = AggregatorLinks.splitPublisherSuffix(entry.title()).orElse(null);
                String publisherName = split == null ? null : split[1];
                if (resolved && !r.link().equals(entry.link())) {
                    String target = UrlCanonicalizer.canonicalizeOrNull(null, r.link());
                    if (target == null) {
                        resolved = false;
                    } else if (!target.equals(linkCanonical)) {
                        String targetId = MentionId.of(target);
                        if (seen.contains(targetId) || !claims.add(targetId)) {
                            // Already sent through the publisher's own feed or another search: remember this link too.
                            if (seen.contains(targetId)) {
                                seen.markSeen(List.of(linkId));
                            }
                            duplicate(health, stats);
                            return null;
                        }
                        claimed.add(targetId);
                        linkCanonical = target;
                    }
                }
                counters.increment(resolved ? "news_links_resolved" : "news_links_unresolved");
                if (!resolved) {
                    LOG.debug("source {}: aggregator link {} kept: {}", source.id(), entry.link(), r.failure());
                }
                String domain = resolved ? AggregatorLinks.domainOf(linkCanonical) : null;
                ref = new SourceRef(source.id(), publisherName != null ? publisherName : domain != null ? domain : source.name(),
                        source.kind(), domain, source.country(), source.language(), source.tier(), source.audienceWeight());
                entry = new FeedEntry(split == null ? entry.title() : split[0], linkCanonical, entry.guid(), entry.published(),
                        entry.updated(), entry.summary(), entry.authors(), entry.categories(), entry.content(), entry.media());
            }
            // Social items are the posts themselves (their pages are comment threads or app shells);
            // an unresolved aggregator link leads to the aggregator, not to the article.
            boolean wantPage = settings.fetchPages() && resolved && !SourceDefinition.KIND_SOCIAL.equals(source.kind());
            ExtractedArticle page = null;
            URI pageUrl = null;
            if (wantPage) {
                URI target = URI.create(linkCanonical);
                if (robots != null && !robots.allowed(source.id(), target)) {
                    health.robotsDisallowed();
                    counters.increment("robots_disallowed");
                    LOG.debug("source {}: {} disallowed by robots.txt, feed text kept", source.id(), target);
                } else {
                    try {
                        FetchResult pageResult = fetcher.fetch(FetchRequest.page(source.id(), target));
                        pageUrl = pageResult.url();
                        page = extractor.extract(pageResult.body(), pageResult.declaredCharset().orElse(null), pageUrl);
                        counters.increment("pages_fetched");
                    } catch (FetchException e) {
                        error(source.id(), health, stats, "page_" + e.kind().code(), e.url(), e.reason());
                    } catch (RuntimeException e) {
                        error(source.id(), health, stats, "page_extract", target, "extraction failed: " + e);
                    }
                }
            }
            String canonical = MentionAssembler.chooseCanonical(linkCanonical, pageUrl, page);
            String id = MentionId.of(canonical);
            if (!claimed.contains(id)) {
                if (seen.contains(id)) {
                    // Same article already sent through another link: remember this link too.
                    seen.markSeen(List.copyOf(claimed));
                    duplicate(health, stats);
                    return null;
                }
                if (!claims.add(id)) {
                    duplicate(health, stats);
                    return null;
                }
                claimed.add(id);
            }
            String language = item.language();
            RawMention mention = assembler.assemble(ref, language, entry, page, canonical, clock.instant());
            if (wantPage && mention.textSource() == TextSource.FEED) {
                health.pageFallback();
                stats.pageFallbacks.increment();
                counters.increment("page_fallbacks");
            }
            Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(settings.topic(), mention.id(), mention));
            Pending pending = new Pending(mention, List.copyOf(claimed), ack);
            claimed = List.of();
            return pending;
        } catch (org.apache.kafka.common.KafkaException e) {
            error(source.id(), health, stats, "kafka_send", URI.create(linkCanonical), "send failed: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            error(source.id(), health, stats, "internal", URI.create(linkCanonical), "entry failed: " + e);
            return null;
        } finally {
            claimed.forEach(claims::remove);
        }
    }

    private boolean await(SourceDefinition source, Pending pending, Instant previousLook, SourceHealthTracker health,
                          CycleStats stats) {
        try {
            pending.ack().get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            seen.markSeen(pending.ids());
            health.mentionSent();
            RawMention m = pending.mention();
            // Only items published since the previous look measure our delay; older ones are backlog.
            if (previousLook != null && m.published() != null && m.published().isAfter(previousLook)) {
                health.delay(Duration.between(m.published(), m.firstSeen()));
            }
            stats.sent.increment();
            counters.increment("mentions_sent");
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof TimeoutException ? "no acknowledgement after " + settings.sendTimeout()
                    : String.valueOf(e.getCause());
            error(source.id(), health, stats, "kafka_send", URI.create(pending.mention().canonicalUrl()), "send failed: " + why);
            return false;
        } finally {
            pending.ids().forEach(claims::remove);
        }
    }

    private void duplicate(SourceHealthTracker health, CycleStats stats) {
        health.duplicate();
        stats.duplicates.increment();
        counters.increment("duplicates");
    }

    private void error(String sourceId, SourceHealthTracker health, CycleStats stats, String kind, URI url, String reason) {
        LOG.warn("source {} {}: {} [{}]", sourceId, url, reason, kind);
        health.error(kind, reason + " " + url, clock.instant());
        stats.errors.increment();
        counters.increment("errors");
        counters.increment("errors." + kind);
    }
}
