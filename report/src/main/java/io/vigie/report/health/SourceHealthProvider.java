package io.vigie.report.health;

import java.util.List;

/** Where the report reads per-source health from; the ingest stage's persisted state in the app. */
@FunctionalInterface
public interface SourceHealthProvider {
    SourceHealthProvider NONE = List::of;

    /** Current health of every known source; empty when unknown. Must not throw for a missing file. */
    List<SourceHealth> sources();
}
