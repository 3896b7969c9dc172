package io.vigie.ingest.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Parses every feed document of the dev corpora (Rome's and the W3C feed validator's test cases,
 * valid and deliberately broken) and counts strict parses, recoveries and failures by reason.
 * Usage: {@code FeedCorpusEval [DIR...]} (default: ../shared/data/feeds-dev).
 */
public final class FeedCorpusEval {

    /** A document taking longer than this is counted as a hang. */
    private static final long TIMEOUT_SECONDS = 20;
    private static final int MAX_EXAMPLES = 40;
    private static final URI BASE = URI.create("https://corpus.example/feed.xml");

    private FeedCorpusEval() {
    }

    public static void main(String[] args) {
        List<Path> roots = args.length == 0 ? List.of(defaultRoot()) : Stream.of(args).map(Path::of).toList();
        System.out.print(run(roots).format());
    }

    /** The corpora under {@code shared/data/feeds-dev}, looked up from the working directory upwards. */
    public static Path defaultRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/feeds-dev");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path sibling = p.resolveSibling("shared").resolve("data/feeds-dev");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        return Path.of("../shared/data/feeds-dev");
    }

    public static FeedCorpusReport run() {
        return run(List.of(defaultRoot()));
    }

    public static FeedCorpusReport run(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(FeedCorpusEval::isFeedCandidate).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read corpus " + root, e);
            }
        }
        RomeFeedParser parser = new RomeFeedParser();
        int strict = 0;
        int recovered = 0;
        int crashes = 0;
        int timeouts = 0;
        long entries = 0;
        Map<String, Integer> failed = new TreeMap<>();
        Map<String, Integer> formats = new TreeMap<>();
        Map<String, Integer> repairs = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "feed-corpus-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path file : files) {
                String id = file.getFileName().toString();
                Future<ParsedFeed> f = worker.submit(() -> parser.parse(id, BASE, Files.readAllBytes(file), null));
                try {
                    ParsedFeed feed = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    if (feed.recovered()) {
                        recovered++;
                        feed.repairs().forEach(r -> repairs.merge(repairKind(r), 1, Integer::sum));
                    } else {
                        strict++;
                    }
                    formats.merge(String.valueOf(feed.format()), 1, Integer::sum);
                    entries += feed.entries().size();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof FeedParseException fpe) {
                        failed.merge(fpe.kind().label(), 1, Integer::sum);
                        example(examples, fpe.kind().label() + " " + rel(roots, file) + ": " + fpe.reason());
                    } else {
                        crashes++;
                        example(examples, "CRASH " + rel(roots, file) + ": " + e.getCause());
                    }
                } catch (TimeoutException e) {
                    timeouts++;
                    f.cancel(true);
                    example(examples, "TIMEOUT " + rel(roots, file));
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            worker.shutdownNow();
        }
        return new FeedCorpusReport(files.size(), strict, recovered, failed, crashes, timeouts, entries, formats,
                repairs, examples);
    }

    private static boolean isFeedCandidate(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf");
    }

    private static String repairKind(String repair) {
        String r = repair.replaceAll("\\d+", "N");
        int cut = r.indexOf(" (");
        r = cut > 0 ? r.substring(0, cut) : r;
        int colon = r.indexOf(':');
        return colon > 0 && colon < 20 ? r.substring(0, colon) : r.length() > 60 ? r.substring(0, 60) : r;
    }

    private static void example(List<String> examples, String line) {
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(line.length() > 220 ? line.substring(0, 220) + "…" : line);
        }
    }

    private static String rel(List<Path> roots, Path file) {
        for (Path r : roots) {
            if (file.startsWith(r)) {
                return r.relativize(file).toString();
            }
        }
        return file.toString();
    }
}
