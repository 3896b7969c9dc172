package io.vigie.ingest.offline;

import io.vigie.ingest.source.SourceDefinition;
import io.vigie.ingest.url.UrlCanonicalizer;
import io.vigie.model.SourceTier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of feed and page snapshots that ingest can run on without network ({@code vigie up
 * --offline DIR}). Layout:
 *
 * <pre>
 * DIR/sources.tsv          id, name, feed_url, domain, country, language, tier, audience_weight (tab-separated,
 *                          header line, '#' comments); optional: feeds without a row get defaults
 * DIR/feeds/&lt;id&gt;.xml       the feed of source &lt;id&gt; (RSS or Atom)
 * DIR/pages/index.tsv      url, file (relative to DIR/pages), optional content type
 * DIR/pages/...            the article pages
 * </pre>
 *
 * URLs are matched on their canonical form, so tracking parameters in feed links do not matter.
 */
public final class OfflineSnapshot {

    /** Classpath folder of the bundled demo snapshot, listed in {@code manifest.txt}. */
    public static final String DEMO_RESOURCE = "demo/offline/";

    private final Path dir;
    private final List<SourceDefinition> sources;
    private final Map<String, Entry> files;

    record Entry(Path file, String contentType) {
    }

    private OfflineSnapshot(Path dir, List<SourceDefinition> sources, Map<String, Entry> files) {
        this.dir = dir;
        this.sources = List.copyOf(sources);
        this.files = Map.copyOf(files);
    }

    /**
     * @throws IllegalArgumentException when the folder does not follow the layout (message says where)
     */
    public static OfflineSnapshot open(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("feeds"))) {
            throw new IllegalArgumentException("offline snapshot " + root + ": missing folder feeds/");
        }
        try {
            Map<String, Entry> files = new HashMap<>();
            List<SourceDefinition> sources = readSources(root, files);
            readPages(root, files);
            return new OfflineSnapshot(root, sources, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read offline snapshot " + root, e);
        }
    }

    /** Copies the bundled demo snapshot into {@code target} (created if needed) and returns it. */
    public static Path copyDemo(Path target) {
        ClassLoader loader = OfflineSnapshot.class.getClassLoader();
        try (InputStream manifest = loader.getResourceAsStream(DEMO_RESOURCE + "manifest.txt")) {
            if (manifest == null) {
                throw new IllegalStateException("demo snapshot missing from the classpath");
            }
            for (String line : new String(manifest.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                Path out = inside(target.toAbsolutePath().normalize(), name);
                Files.createDirectories(out.getParent());
                try (InputStream in = loader.getResourceAsStream(DEMO_RESOURCE + name)) {
                    if (in == null) {
                        throw new IllegalStateException("demo snapshot file listed but missing: " + name);
                    }
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy demo snapshot to " + target, e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The snapshot's sources, kind {@code offline}, in sources.tsv order then feed file order. */
    public List<SourceDefinition> sources() {
        return sources;
    }

    public OfflineFetcher fetcher() {
        return new OfflineFetcher(this);
    }

    Entry lookup(String canonicalUrl) {
        return files.get(canonicalUrl);
    }

    private static List<SourceDefinition> readSources(Path root, Map<String, Entry> files) throws IOException {
        Map<String, SourceDefinition> byId = new LinkedHashMap<>();
        Path tsv = root.resolve("sources.tsv");
        if (Files.exists(tsv)) {
            int lineNo = 0;
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#") || lineNo == 1 && line.startsWith("id\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IllegalArgumentException(tsv + " line " + lineNo + ": expected at least id, name, feed_url");
                }
                try {
                    SourceDefinition s = SourceDefinition.builder(f[0].strip(), f[2].strip())
                            .kind(SourceDefinition.KIND_OFFLINE)
                            .name(f[1].strip())
                            .domain(field(f, 3))
                            .country(field(f, 4))
                            .language(field(f, 5))
                            .tier(field(f, 6) == null ? SourceTier.NATIONAL : SourceTier.fromCode(field(f, 6)))
                            .audienceWeight(field(f, 7) == null ? 1.0 : Double.parseDouble(field(f, 7)))
                            .build();
                    byId.put(s.id(), s);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(tsv + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        List<Path> feedFiles;
        try (Stream<Path> list = Files.list(root.resolve("feeds"))) {
            feedFiles = list.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        for (Path feed : feedFiles) {
            String id = feed.getFileName().toString().replaceFirst("\\.xml$", "");
            byId.computeIfAbsent(id, k -> SourceDefinition.builder(k, "https://offline.invalid/feeds/" + k + ".xml")
                    .kind(SourceDefinition.KIND_OFFLINE).build());
        }
        List<SourceDefinition> out = new ArrayList<>();
        for (SourceDefinition s : byId.values()) {
            Path feed = root.resolve("feeds").resolve(s.id() + ".xml");
            if (!Files.isRegularFile(feed)) {
                throw new IllegalArgumentException("offline snapshot " + root + ": source " + s.id()
                        + " has no feed file feeds/" + s.id() + ".xml");
            }
            files.put(UrlCanonicalizer.canonicalize(s.url().toString()), new Entry(feed, "application/xml"));
            out.add(s);
        }
        return out;
    }

    private static void readPages(Path root, Map<String, Entry> files) throws IOException {
        Path pages = root.resolve("pages");
        Path index = pages.resolve("index.tsv");
        if (!Files.exists(index)) {
            return;
        }
        int lineNo = 0;
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new IllegalArgumentException(index + " line " + lineNo + ": expected url, file");
            }
            String canonical;
            try {
                canonical = UrlCanonicalizer.canonicalize(f[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(index + " line " + lineNo + ": " + e.getMessage(), e);
            }
            Path file = inside(pages, f[1].strip());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(index + " line " + lineNo + ": no such file " + f[1].strip());
            }
            files.put(canonical, new Entry(file, field(f, 2) == null ? "text/html" : field(f, 2)));
        }
    }

    /** Resolves a relative name and refuses anything that escapes {@code base}. */
    private static Path inside(Path base, String relative) {
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw new IllegalArgumentException("path escapes the snapshot folder: " + relative);
        }
        return p;
    }

    private static String field(String[] f, int i) {
        return i < f.length && !f[i].isBlank() ? f[i].strip() : null;
    }
}
