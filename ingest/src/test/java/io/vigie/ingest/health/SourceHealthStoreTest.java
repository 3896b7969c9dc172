package io.vigie.ingest.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceHealthStoreTest {

    @Test
    void roundTripsEveryFieldAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        SourceHealthTracker t = new SourceHealthTracker("lemonde");
        t.success(Instant.parse("2026-07-21T10:00:00Z"));
        t.error("page_timeout", "timeout after 10s https://x", Instant.parse("2026-07-21T10:01:00Z"));
        t.itemsSeen(30);
        t.mentionSent();
        t.mentionSent();
        t.duplicate();
        t.robotsDisallowed();
        t.delay(Duration.ofMinutes(10));
        t.delay(Duration.ofMinutes(20));
        t.scheduled(Instant.parse("2026-07-21T10:20:00Z"), Duration.ofMinutes(15), 2);
        SourceHealth before = t.snapshot();
        assertThat(before.averageDelay()).isEqualTo(Duration.ofMinutes(15));

        SourceHealthStore store = new SourceHealthStore(dir.resolve("ingest"));
        store.save(List.of(before, SourceHealth.empty("other")), Instant.parse("2026-07-21T10:02:00Z"));
        assertThat(Files.list(dir.resolve("ingest")).map(p -> p.getFileName().toString()).toList())
                .containsExactly(SourceHealthStore.FILE_NAME);

        Map<String, SourceHealth> loaded = new SourceHealthStore(dir.resolve("ingest")).load();
        assertThat(loaded.keySet()).containsExactly("lemonde", "other");
        assertThat(loaded.get("lemonde")).isEqualTo(before);
        assertThat(loaded.get("lemonde").backingOff()).isTrue();

        // Restored counters continue from where they were.
        SourceHealthTracker restored = SourceHealthTracker.restore(loaded.get("lemonde"));
        restored.mentionSent();
        restored.delay(Duration.ofMinutes(30));
        assertThat(restored.snapshot().mentionsSent()).isEqualTo(3);
        assertThat(restored.snapshot().averageDelay()).isEqualTo(Duration.ofMinutes(20));
        assertThat(restored.snapshot().consecutiveFailures()).isEqualTo(2);
    }

    @Test
    void absentOrCorruptFilesGiveNoHealth(@TempDir Path dir) throws Exception {
        SourceHealthStore store = new SourceHealthStore(dir);
        assertThat(store.load()).isEmpty();
        Files.writeString(store.file(), "{\"version\":1,\"sources\":[{\"sourceId\":\"a\",");
        assertThat(store.load()).isEmpty();
    }
}
