package io.vigie.ingest.dedupe;

import java.util.Collection;

/**
 * Mention ids already delivered to Kafka. Ids are only added once the broker acknowledged the
 * record, so a crash may cause a re-send (harmless: the id is the key downstream) but never a loss.
 */
public interface SeenStore extends AutoCloseable {

    boolean contains(String id);

    /** Records the ids durably before returning. */
    void markSeen(Collection<String> ids);

    int size();

    @Override
    void close();
}
