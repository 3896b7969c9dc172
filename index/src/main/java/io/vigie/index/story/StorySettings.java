package io.vigie.index.story;

import java.time.Duration;

/**
 * How syndicated copies are grouped into one story.
 *
 * @param window             how far apart in time two copies may be (default 7 days)
 * @param maxDistance        largest Hamming distance between two SimHashes of one story, 0..3 (band lookup
 *                           finds every pair up to 3 bits apart, no further)
 * @param minTitleSimilarity word-set Jaccard two titles need when both are present, 0..1 (0 disables the guard)
 * @param recentCapacity     documents remembered in memory, for copies indexed but not yet searchable
 * @param maxCandidates      candidates fetched per batch lookup
 */
public record StorySettings(Duration window, int maxDistance, double minTitleSimilarity, int recentCapacity,
                            int maxCandidates) {
    public StorySettings {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("index.stories.window must be a positive duration, got " + window);
        }
        if (maxDistance < 0 || maxDistance > Fingerprint.BANDS - 1) {
            throw new IllegalArgumentException("index.stories.maxDistance must be 0.." + (Fingerprint.BANDS - 1)
                    + " (band lookup finds nothing further), got " + maxDistance);
        }
        if (!(minTitleSimilarity >= 0 && minTitleSimilarity <= 1)) {
            throw new IllegalArgumentException("index.stories.minTitleSimilarity must be 0..1, got "
                    + minTitleSimilarity);
        }
        if (recentCapacity < 0) {
            throw new IllegalArgumentException("index.stories.recentCapacity must be >= 0, got " + recentCapacity);
        }
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("index.stories.maxCandidates must be >= 1, got " + maxCandidates);
        }
    }

    public static StorySettings defaults() {
        return new StorySettings(Duration.ofDays(7), 3, 0.3, 20_000, 2_000);
    }
}
