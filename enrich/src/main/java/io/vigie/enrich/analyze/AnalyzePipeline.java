package io.vigie.enrich.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams JSON lines through the analyzer: a bounded window of lines in flight on a worker pool, results
 * written in input order, story ids assigned in that order. A bad line becomes an error line; nothing
 * but an unreadable input or output stops the run.
 */
public final class AnalyzePipeline {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzePipeline.class);

    private final MentionAnalyzer analyzer;
    private final AnalyzeSettings settings;
    private final AnalyzeRequestParser parser;
    private final AnalyzeCounters counters = new AnalyzeCounters();

    public AnalyzePipeline(MentionAnalyzer analyzer, AnalyzeSettings settings) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = new AnalyzeRequestParser(settings.maxLineChars());
    }

    public AnalyzeCounters counters() {
        return counters;
    }

    /**
     * @param progress where progress lines go (stderr), every {@link AnalyzeSettings#progressEvery()} lines
     * @throws IOException when the input cannot be read
     */
    public void run(BufferedReader in, PrintWriter out, PrintWriter progress, StoryAssigner stories)
            throws IOException {
        AtomicInteger threadId = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "analyze-" + threadId.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        long started = System.nanoTime();
        int written = 0;
        try {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    counters.blank();
                    continue;
                }
                counters.line();
                int n = number;
                String text = line;
                inFlight.add(pool.submit(() -> process(n, text)));
                while (inFlight.size() >= settings.window()) {
                    written = emit(inFlight.poll(), out, progress, stories, written, started);
                }
            }
            while (!inFlight.isEmpty()) {
                written = emit(inFlight.poll(), out, progress, stories, written, started);
            }
            out.flush();
            if (settings.progressEvery() > 0 && written >= settings.progressEvery()) {
                progress(progress, "done", written, started);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome process(int number, String line) {
        AnalyzeRequest request = null;
        try {
            request = parser.parse(number, line);
            return new Outcome(analyzer.analyze(request), null);
        } catch (LineError e) {
            return new Outcome(null, e);
        } catch (RuntimeException e) {
            // a bug on one hostile line must not end the run: report it on that line and go on
            LOG.warn("analyze: line {} failed unexpectedly", number, e);
            return new Outcome(null, new LineError(number, request == null ? null : request.id(),
                    "internal error: " + e));
        }
    }

    private int emit(Future<Outcome> next, PrintWriter out, PrintWriter progress, StoryAssigner stories,
                     int written, long started) {
        Outcome o = await(next);
        counters.outcome(o);
        if (o.error() != null) {
            out.println(AnalysisJson.error(o.error()));
        } else {
            out.println(AnalysisJson.line(o.analysis(), story(stories, o.analysis())));
        }
        int total = written + 1;
        if (settings.progressEvery() > 0 && total % settings.progressEvery() == 0) {
            out.flush();
            progress(progress, "progress", total, started);
        }
        return total;
    }

    private static String story(StoryAssigner stories, Analysis a) {
        try {
            String id = stories.storyOf(a);
            return id == null ? a.id() : id;
        } catch (RuntimeException e) {
            LOG.warn("analyze: story grouping failed for {}; it stays its own story", a.id(), e);
            return a.id();
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analyze interrupted", e);
        } catch (ExecutionException e) {
            // process() catches everything but Errors; an Error is not something to write as a line
            throw new IllegalStateException("analyze worker failed", e.getCause());
        }
    }

    private void progress(PrintWriter progress, String what, int lines, long started) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        progress.println(String.format(Locale.ROOT, "analyze %s: %d lines, %d errors, %.0f lines/s", what, lines,
                counters.errors(), lines / seconds));
        progress.flush();
    }
}
