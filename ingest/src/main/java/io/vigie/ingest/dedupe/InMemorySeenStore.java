package io.vigie.ingest.dedupe;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Non-persistent store, for tests and one-shot runs. */
public final class InMemorySeenStore implements SeenStore {
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Override
    public boolean contains(String id) {
        return ids.contains(id);
    }

    @Override
    public void markSeen(Collection<String> newIds) {
        ids.addAll(newIds);
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public void close() {
    }
}
