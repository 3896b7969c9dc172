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
import io.vigie.ingest.fetch.ValidatorCache;
import io.vigie.ingest.health.Counters;
import io.vigie.ingest.health.SourceHealthTracker;
import io.vigie.ingest.mention.MentionAssembler;
import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.url.UrlCanonicalizer;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.TextSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Polls one feed: fetch (conditional), parse, and for each entry not seen yet fetch the page,
 * assemble the mention, send it, and mark it seen once Kafka acknowledged it.
 */
final class FeedPoller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

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

    FeedPoller(Fetcher fetcher, FeedParser parser, ArticleExtractor extractor, MentionAssembler assembler,
               SeenStore seen, Set<String> claims, ValidatorCache validators, Producer<String, RawMention> producer,
               IngestSettings settings, Counters counters, Clock clock) {
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
    }

    /** A mention handed to the producer, with the ids to mark seen once acknowledged. */
    private record Pending(RawMention mention, List<String> ids, Future<RecordMetadata> ack) {
    }

    void poll(SourceDefinition source, SourceHealthTracker health, CycleStats stats) {
        URI feedUrl = source.url();
        FetchResult result;
        try {
            result = fetcher.fetch(FetchRequest.feed(source.id(), feedUrl, validators.get(feedUrl)));
        } catch (FetchException e) {
            error(source.id(), health, stats, "feed_" + e.kind().code(), e.url(), e.reason());
            stats.sourcesFailed.increment();
            return;
        }
        if (result.notModified()) {
            counters.increment("feeds_not_modified");
            stats.notModified.increment();
            health.success(clock.instant());
            return;
        }
        ParsedFeed feed;
        try {
            feed = parser.parse(source.id(), result.url(), result.body(), result.contentType());
        } catch (FeedParseException e) {
            error(source.id(), health, stats, "feed_parse", result.url(), "malformed feed: " + e.reason());
            stats.sourcesFailed.increment();
            return;
        }
        counters.increment("feeds_fetched");
        health.success(clock.instant());
        List<FeedEntry> entries = feed.entries().size() > settings.maxEntriesPerFeed()
                ? feed.entries().subList(0, settings.maxEntriesPerFeed()) : feed.entries();
        health.itemsSeen(entries.size());
        stats.entries.add(entries.size());
        counters.add("entries_seen", entries.size());

        List<Future<Pending>> work = new ArrayList<>();
        // Pages of one feed are fetched concurrently; the fetcher caps requests per host.
        try (ExecutorService pages = Executors.newVirtualThreadPerTaskExecutor()) {
            for (FeedEntry entry : entries) {
                work.add(pages.submit(() -> prepare(source, feed, entry, health, stats)));
            }
        }
        boolean allDelivered = true;
        for (Future<Pending> f : work) {
            Pending pending;
            try {
                pending = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                allDelivered = false;
                error(source.id(), health, stats, "internal", feedUrl, "entry failed: " + e.getCause());
                continue;
            }
            if (pending != null && !await(source, pending, health, stats)) {
                allDelivered = false;
            }
        }
        if (allDelivered) {
            // Only now may the next poll skip this document with a 304.
            validators.put(feedUrl, result.validators());
        }
    }

    /** @return the pending send, or null when the entry needs nothing sent */
    private Pending prepare(SourceDefinition source, ParsedFeed feed, FeedEntry entry, SourceHealthTracker health,
                            CycleStats stats) {
        String feedCanonical;
        try {
            feedCanonical = UrlCanonicalizer.canonicalize(entry.link());
        } catch (IllegalArgumentException e) {
            error(source.id(), health, stats, "invalid_link", source.url(), "unusable entry link: " + e.getMessage());
            return null;
        }
        String feedId = MentionId.of(feedCanonical);
        if (seen.contains(feedId) || !claims.add(feedId)) {
            duplicate(health, stats);
            return null;
        }
        List<String> claimed = new ArrayList<>(List.of(feedId));
        try {
            ExtractedArticle page = null;
            URI pageUrl = null;
            if (settings.fetchPages()) {
                try {
                    FetchResult pageResult = fetcher.fetch(FetchRequest.page(source.id(), URI.create(feedCanonical)));
                    pageUrl = pageResult.url();
                    page = extractor.extract(pageResult.body(), pageResult.declaredCharset().orElse(null), pageUrl);
                    counters.increment("pages_fetched");
                } catch (FetchException e) {
                    error(source.id(), health, stats, "page_" + e.kind().code(), e.url(), e.reason());
                } catch (RuntimeException e) {
                    error(source.id(), health, stats, "page_extract", URI.create(feedCanonical), "extraction failed: " + e);
                }
            }
            String canonical = MentionAssembler.chooseCanonical(feedCanonical, pageUrl, page);
            String id = MentionId.of(canonical);
            if (!id.equals(feedId)) {
                if (seen.contains(id)) {
                    // Same article already sent through another link: remember this link too.
                    seen.markSeen(List.of(feedId));
                    duplicate(health, stats);
                    return null;
                }
                if (!claims.add(id)) {
                    duplicate(health, stats);
                    return null;
                }
                claimed.add(id);
            }
            RawMention mention = assembler.assemble(source.toRef(), feed.language(), entry, page, canonical, clock.instant());
            if (mention.textSource() == TextSource.FEED) {
                health.pageFallback();
                stats.pageFallbacks.increment();
                counters.increment("page_fallbacks");
            }
            Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(settings.topic(), mention.id(), mention));
            Pending pending = new Pending(mention, List.copyOf(claimed), ack);
            claimed = List.of();
            return pending;
        } catch (org.apache.kafka.common.KafkaException e) {
            error(source.id(), health, stats, "kafka_send", URI.create(feedCanonical), "send failed: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            error(source.id(), health, stats, "internal", URI.create(feedCanonical), "entry failed: " + e);
            return null;
        } finally {
            claimed.forEach(claims::remove);
        }
    }

    private boolean await(SourceDefinition source, Pending pending, SourceHealthTracker health, CycleStats stats) {
        try {
            pending.ack().get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            seen.markSeen(pending.ids());
            health.mentionSent();
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
