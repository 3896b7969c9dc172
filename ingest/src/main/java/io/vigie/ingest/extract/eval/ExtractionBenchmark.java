package io.vigie.ingest.extract.eval;

import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.extract.CharsetDetection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Extraction throughput on the dev corpora, single-threaded (so "per core"), after a warm-up pass:
 * pages per second for the full extraction, and its cost relative to decoding + Jsoup parsing alone.
 * Figures go to stdout; nothing here is asserted.
 *
 * <p>Usage: {@code ExtractionBenchmark [DIR] [ROUNDS]}.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        Path dir = args.length > 0 ? Path.of(args[0]) : DevCorpus.defaultDir();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        try {
            for (DevCorpus.WcxbPage p : DevCorpus.wcxb(dir)) {
                pages.add(Files.readAllBytes(p.html()));
            }
            for (DevCorpus.SnippetPage p : DevCorpus.trafilatura(dir)) {
                pages.add(Files.readAllBytes(p.html()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (byte[] p : pages) {
            bytes += p.length;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        long sink = 0;
        // Warm-up: one pass of each, so that the JIT has compiled both paths.
        sink += parseOnly(pages) + extractAll(extractor, pages);
        long parseNanos = 0;
        long extractNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += parseOnly(pages);
            long t1 = System.nanoTime();
            sink += extractAll(extractor, pages);
            long t2 = System.nanoTime();
            parseNanos += t1 - t0;
            extractNanos += t2 - t1;
        }
        double n = (double) pages.size() * rounds;
        System.out.printf(Locale.ROOT, "pages=%d (%.1f MB) rounds=%d single thread%n", pages.size(), bytes / 1e6, rounds);
        System.out.printf(Locale.ROOT, "decode+Jsoup parse only : %7.1f pages/s  (%.2f ms/page)%n",
                n / (parseNanos / 1e9), parseNanos / 1e6 / n);
        System.out.printf(Locale.ROOT, "full extraction         : %7.1f pages/s per core  (%.2f ms/page)%n",
                n / (extractNanos / 1e9), extractNanos / 1e6 / n);
        System.out.printf(Locale.ROOT, "extraction / parse time : %.2fx%n", (double) extractNanos / parseNanos);
        System.out.println("(checksum " + sink + ")");
    }

    private static long parseOnly(List<byte[]> pages) {
        long sink = 0;
        for (byte[] p : pages) {
            sink += Jsoup.parse(CharsetDetection.decode(p, null).text(), "").childNodeSize();
        }
        return sink;
    }

    private static long extractAll(ArticleExtractor extractor, List<byte[]> pages) {
        long sink = 0;
        for (byte[] p : pages) {
            String t = extractor.extract(p, null, null).text();
            sink += t == null ? 0 : t.length();
        }
        return sink;
    }
}
