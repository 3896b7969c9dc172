package io.vigie.index.bulk;

import io.vigie.index.story.StorySettings;
import io.vigie.model.Topics;
import java.net.URI;
import java.time.Duration;

/**
 * Settings of the index stage. Immutable; {@link #defaults()} gives a working local set-up.
 *
 * @param elasticsearchUrl   e.g. {@code http://localhost:9200}
 * @param apiKey             encoded Elasticsearch API key, or null
 * @param username           basic-auth user, or null
 * @param password           basic-auth password, or null
 * @param groupId            Kafka consumer group
 * @param topic              topic of enriched mentions
 * @param deadLetterTopic    where unindexable records go
 * @param batchSize          operations per bulk request (and Kafka max.poll.records)
 * @param batchBytes         bytes per bulk request
 * @param flushInterval      a partial bulk is sent after this long (default 200 ms)
 * @param maxRetries         attempts for one document Elasticsearch answered 429/5xx for, before it
 *                           goes to the dead-letter topic. Unreachable Elasticsearch is retried forever.
 * @param initialBackoff     first retry delay, doubled on each failure
 * @param maxBackoff         retry delay cap
 * @param maxPendingRecords  records read but not yet acknowledged before partitions are paused
 * @param maxPendingBytes    bytes held for unacknowledged records before partitions are paused
 * @param maxDocumentBytes   larger documents go to the dead-letter topic
 * @param shards             shards of new monthly indices
 * @param replicas           replicas of new monthly indices (0 keeps a single node green)
 * @param pollTimeout        Kafka poll timeout
 * @param stories            how syndicated copies are grouped into stories
 * @param dailyInterval      how often the daily aggregates of the days just indexed are recomputed
 */
public record IndexSettings(
        String elasticsearchUrl,
        String apiKey,
        String username,
        String password,
        String groupId,
        String topic,
        String deadLetterTopic,
        int batchSize,
        long batchBytes,
        Duration flushInterval,
        int maxRetries,
        Duration initialBackoff,
        Duration maxBackoff,
        int maxPendingRecords,
        long maxPendingBytes,
        int maxDocumentBytes,
        int shards,
        int replicas,
        Duration pollTimeout,
        StorySettings stories,
        Duration dailyInterval) {

    public IndexSettings {
        elasticsearchUrl = require(elasticsearchUrl, "elasticsearchUrl");
        URI uri;
        try {
            uri = URI.create(elasticsearchUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("index.elasticsearchUrl is not a URL: " + elasticsearchUrl, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("index.elasticsearchUrl must be http(s)://host:port, got " + elasticsearchUrl);
        }
        if (username != null && !username.isBlank() && password == null) {
            throw new IllegalArgumentException("index.password is required with index.username");
        }
        groupId = require(groupId, "groupId");
        topic = require(topic, "topic");
        deadLetterTopic = require(deadLetterTopic, "deadLetterTopic");
        if (topic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("index.deadLetterTopic must differ from index.topic");
        }
        positive(batchSize, "batchSize");
        if (batchBytes < 1024) {
            throw new IllegalArgumentException("index.batchBytes must be >= 1024, got " + batchBytes);
        }
        positive(flushInterval, "flushInterval");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("index.maxRetries must be >= 0, got " + maxRetries);
        }
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("index.maxBackoff (" + maxBackoff + ") must be >= index.initialBackoff ("
                    + initialBackoff + ")");
        }
        if (maxPendingRecords < batchSize) {
            throw new IllegalArgumentException("index.maxPendingRecords (" + maxPendingRecords
                    + ") must be >= index.batchSize (" + batchSize + ")");
        }
        positive(maxDocumentBytes, "maxDocumentBytes");
        if (maxPendingBytes < batchBytes) {
            throw new IllegalArgumentException("index.maxPendingBytes (" + maxPendingBytes
                    + ") must be >= index.batchBytes (" + batchBytes + ")");
        }
        positive(shards, "shards");
        if (replicas < 0) {
            throw new IllegalArgumentException("index.replicas must be >= 0, got " + replicas);
        }
        positive(pollTimeout, "pollTimeout");
        if (stories == null) {
            throw new IllegalArgumentException("index.stories is required");
        }
        positive(dailyInterval, "dailyInterval");
    }

    public static IndexSettings defaults() {
        return new IndexSettings("http://localhost:9200", null, null, null,
                "vigie-index", Topics.MENTIONS_ENRICHED, Topics.DEAD_LETTERS,
                // 200 ms: a partial batch waits at most that long; under load batches fill by size anyway.
                // With enrich's 1 s transaction commits and the 1 s refresh, this keeps p95 freshness under 2 s.
                500, 5L * 1024 * 1024, Duration.ofMillis(200),
                5, Duration.ofMillis(500), Duration.ofSeconds(30),
                5_000, 64L * 1024 * 1024, 10 * 1024 * 1024, 1, 0, Duration.ofMillis(200),
                StorySettings.defaults(), Duration.ofSeconds(5));
    }

    public IndexSettings withElasticsearchUrl(String url) {
        return new IndexSettings(url, apiKey, username, password, groupId, topic, deadLetterTopic, batchSize,
                batchBytes, flushInterval, maxRetries, initialBackoff, maxBackoff, maxPendingRecords,
                maxPendingBytes, maxDocumentBytes, shards, replicas, pollTimeout, stories, dailyInterval);
    }

    public IndexSettings withGroupId(String group) {
        return new IndexSettings(elasticsearchUrl, apiKey, username, password, group, topic, deadLetterTopic,
                batchSize, batchBytes, flushInterval, maxRetries, initialBackoff, maxBackoff, maxPendingRecords,
                maxPendingBytes, maxDocumentBytes, shards, replicas, pollTimeout, stories, dailyInterval);
    }

    public IndexSettings withTopics(String enrichedTopic, String dlqTopic) {
        return new IndexSettings(elasticsearchUrl, apiKey, username, password, groupId, enrichedTopic, dlqTopic,
                batchSize, batchBytes, flushInterval, maxRetries, initialBackoff, maxBackoff, maxPendingRecords,
                maxPendingBytes, maxDocumentBytes, shards, replicas, pollTimeout, stories, dailyInterval);
    }

    public IndexSettings withBatching(int size, Duration interval) {
        return new IndexSettings(elasticsearchUrl, apiKey, username, password, groupId, topic, deadLetterTopic,
                size, batchBytes, interval, maxRetries, initialBackoff, maxBackoff, Math.max(maxPendingRecords, size),
                maxPendingBytes, maxDocumentBytes, shards, replicas, pollTimeout, stories, dailyInterval);
    }

    public IndexSettings withBackoff(Duration initial, Duration max) {
        return new IndexSettings(elasticsearchUrl, apiKey, username, password, groupId, topic, deadLetterTopic,
                batchSize, batchBytes, flushInterval, maxRetries, initial, max, maxPendingRecords,
                maxPendingBytes, maxDocumentBytes, shards, replicas, pollTimeout, stories, dailyInterval);
    }

    public IndexSettings withStories(StorySettings storySettings) {
        return new IndexSettings(elasticsearchUrl, apiKey, username, password, groupId, topic, deadLetterTopic,
                batchSize, batchBytes, flushInterval, maxRetries, initialBackoff, maxBackoff, maxPendingRecords,
                maxPendingBytes, maxDocumentBytes, shards, replicas, pollTimeout, storySettings, dailyInterval);
    }

    public IndexSettings withDailyInterval(Duration interval) {
        return new IndexSettings(elasticsearchUrl, apiKey, username, password, groupId, topic, deadLetterTopic,
                batchSize, batchBytes, flushInterval, maxRetries, initialBackoff, maxBackoff, maxPendingRecords,
                maxPendingBytes, maxDocumentBytes, shards, replicas, pollTimeout, stories, interval);
    }

    @Override
    public String toString() {
        // Secrets never reach logs.
        return "IndexSettings[elasticsearchUrl=" + elasticsearchUrl
                + ", auth=" + (apiKey != null ? "apiKey" : username != null ? "basic(" + username + ")" : "none")
                + ", groupId=" + groupId + ", topic=" + topic + ", deadLetterTopic=" + deadLetterTopic
                + ", batchSize=" + batchSize + ", batchBytes=" + batchBytes + ", flushInterval=" + flushInterval
                + ", maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxPendingRecords=" + maxPendingRecords + ", maxPendingBytes=" + maxPendingBytes
                + ", maxDocumentBytes=" + maxDocumentBytes
                + ", shards=" + shards + ", replicas=" + replicas + ", pollTimeout=" + pollTimeout
                + ", stories=" + stories + ", dailyInterval=" + dailyInterval + "]";
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("index." + name + " is required");
        }
        return value.trim();
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("index." + name + " must be > 0, got " + value);
        }
    }

    private static void positive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("index." + name + " must be a positive duration, got " + value);
        }
    }
}
