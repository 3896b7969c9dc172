package io.vigie.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigie.model.MentionId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSeenStoreTest {

    @Test
    void survivesReopen(@TempDir Path dir) {
        String a = MentionId.of("https://a.example/1");
        String b = MentionId.of("https://a.example/2");
        try (FileSeenStore store = FileSeenStore.open(dir, 1000)) {
            store.markSeen(List.of(a, b));
            assertThat(store.contains(a)).isTrue();
        }
        try (FileSeenStore store = FileSeenStore.open(dir, 1000)) {
            assertThat(store.contains(a)).isTrue();
            assertThat(store.contains(b)).isTrue();
            assertThat(store.contains(MentionId.of("https://a.example/3"))).isFalse();
            assertThat(store.size()).isEqualTo(2);
        }
    }

    @Test
    void toleratesATornLastLineAndKeepsAppendingCleanly(@TempDir Path dir) throws Exception {
        String a = MentionId.of("https://a.example/1");
        Files.writeString(dir.resolve(FileSeenStore.FILE_NAME), a + "\n" + "0123abc", StandardOpenOption.CREATE);
        String b = MentionId.of("https://a.example/2");
        try (FileSeenStore store = FileSeenStore.open(dir, 1000)) {
            assertThat(store.size()).isEqualTo(1);
            store.markSeen(List.of(b));
        }
        try (FileSeenStore store = FileSeenStore.open(dir, 1000)) {
            assertThat(store.contains(a)).isTrue();
            assertThat(store.contains(b)).isTrue();
        }
        assertThat(Files.readAllLines(dir.resolve(FileSeenStore.FILE_NAME))).containsExactly(a, b);
    }

    @Test
    void forgetsOldestBeyondTheBoundAndCompacts(@TempDir Path dir) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            ids.add(MentionId.of("https://a.example/" + i));
        }
        try (FileSeenStore store = FileSeenStore.open(dir, 1000)) {
            store.markSeen(ids);
            assertThat(store.size()).isEqualTo(1000);
            assertThat(store.contains(ids.get(0))).isFalse();
            assertThat(store.contains(ids.get(2499))).isTrue();
        }
        try (FileSeenStore store = FileSeenStore.open(dir, 1000)) {
            assertThat(store.size()).isEqualTo(1000);
            assertThat(store.contains(ids.get(1500))).isTrue();
        }
        assertThat(Files.readAllLines(dir.resolve(FileSeenStore.FILE_NAME))).hasSize(1000);
    }

    @Test
    void refusesGarbage(@TempDir Path dir) {
        try (FileSeenStore store = FileSeenStore.open(dir, 1000)) {
            assertThatThrownBy(() -> store.markSeen(List.of("not-an-id\nevil"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> FileSeenStore.open(dir, 10)).hasMessageContaining("at least 1000");
    }
}
