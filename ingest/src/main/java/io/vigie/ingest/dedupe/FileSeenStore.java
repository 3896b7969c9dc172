package io.vigie.ingest.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seen ids in an append-only file {@code seen-ids.log} under the data directory, one id per line,
 * loaded into memory at start. Appends are forced to disk before {@link #markSeen} returns.
 *
 * <p>Bounded: beyond {@code maxIds} the oldest ids are forgotten (an article old enough to fall
 * out has long left its feed). The file is compacted at start when it holds twice the bound.
 * A torn last line after a crash is ignored.
 */
public final class FileSeenStore implements SeenStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileSeenStore.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    static final String FILE_NAME = "seen-ids.log";

    private final Path file;
    private final int maxIds;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();
    private FileChannel channel;

    private FileSeenStore(Path file, int maxIds) {
        this.file = file;
        this.maxIds = maxIds;
    }

    /**
     * @param dataDir directory owned by ingest (created if needed)
     * @param maxIds  ids kept in memory, at least 1000
     */
    public static FileSeenStore open(Path dataDir, int maxIds) {
        if (maxIds < 1000) {
            throw new IllegalArgumentException("seen store maxIds must be at least 1000, got " + maxIds);
        }
        FileSeenStore store = new FileSeenStore(dataDir.resolve(FILE_NAME), maxIds);
        try {
            Files.createDirectories(dataDir);
            store.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open seen-id store " + store.file, e);
        }
        return store;
    }

    private void load() throws IOException {
        long lines = 0;
        long bad = 0;
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines++;
                    if (ID.matcher(line).matches()) {
                        remember(line);
                    } else if (!line.isEmpty()) {
                        bad++;
                    }
                }
            }
        }
        if (bad > 0) {
            LOG.warn("seen-id store {}: ignored {} unreadable line(s), probably a write cut by a crash", file, bad);
        }
        if (lines > 2L * maxIds || bad > 0) {
            compact();
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        ensureLineStart();
        LOG.info("seen-id store {}: {} ids loaded", file, ids.size());
    }

    /** After a torn write the file may end mid-line; start appends on a fresh line. */
    private void ensureLineStart() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            read.read(last, size - 1);
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
        }
    }

    private void compact() throws IOException {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.write(tmp, List.copyOf(ids), StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void remember(String id) {
        if (ids.add(id) && ids.size() > maxIds) {
            Iterator<String> oldest = ids.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    @Override
    public synchronized boolean contains(String id) {
        return ids.contains(id);
    }

    @Override
    public synchronized void markSeen(Collection<String> newIds) {
        StringBuilder lines = new StringBuilder();
        for (String id : newIds) {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a mention id: " + id);
            }
            if (!ids.contains(id)) {
                lines.append(id).append('\n');
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.US_ASCII));
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to seen-id store " + file, e);
        }
        newIds.forEach(this::remember);
    }

    @Override
    public synchronized int size() {
        return ids.size();
    }

    @Override
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("cannot close seen-id store {}: {}", file, e.toString());
        }
    }
}
