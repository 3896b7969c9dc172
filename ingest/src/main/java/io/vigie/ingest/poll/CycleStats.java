package io.vigie.ingest.poll;

import java.util.concurrent.atomic.LongAdder;

/** Per-cycle tallies, filled concurrently by the feed pollers. */
final class CycleStats {
    final LongAdder sourcesFailed = new LongAdder();
    final LongAdder notModified = new LongAdder();
    final LongAdder entries = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder sent = new LongAdder();
    final LongAdder pageFallbacks = new LongAdder();
    final LongAdder errors = new LongAdder();
}
