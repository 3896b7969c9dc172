package io.vigie.index.story;

import java.time.Instant;

/** A mention already indexed (or earlier in the batch) that a new one may be a copy of. */
public record StoryCandidate(String id, Instant timestamp, Fingerprint fingerprint, String title, String storyId) {
    public String story() {
        return storyId == null || storyId.isBlank() ? id : storyId;
    }

    /** Earliest first; the id breaks ties so that every instance picks the same one. */
    public boolean before(StoryCandidate other) {
        int c = timestamp.compareTo(other.timestamp);
        return c < 0 || c == 0 && id.compareTo(other.id) < 0;
    }
}
