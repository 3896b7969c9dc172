package io.vigie.index.story;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Finds indexed mentions sharing a fingerprint band, within a time range. */
public interface CandidateLookup {
    /**
     * @throws RuntimeException when the store cannot be asked; the grouper then relies on its memory alone
     */
    List<StoryCandidate> find(Collection<String> bandKeys, Instant from, Instant to);
}
