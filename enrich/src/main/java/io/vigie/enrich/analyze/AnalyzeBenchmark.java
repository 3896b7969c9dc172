package io.vigie.enrich.analyze;

import io.vigie.enrich.eval.LanguageEvalSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Throughput of {@code vigie analyze} on 600-word articles in the five languages, per core, and its ratio
 * to the cost of tokenizing the same texts (OpenNLP's SimpleTokenizer), plus the heap the models take.
 * Targets: >= 200 articles/s per core, <= 600 MB of heap after loading. Articles are assembled from the
 * eval dev snippets of each language (headlines and leads about the territory), so the vocabulary and the
 * density of place names, cues and polar words are those of real coverage.
 *
 * <p>Run: {@code java -cp ... io.vigie.enrich.analyze.AnalyzeBenchmark [articlesPerLanguage] [seconds]}.
 */
public final class AnalyzeBenchmark {
    static final List<String> LANGUAGES = List.of("fr", "en", "es", "it", "de");
    static final int WORDS = 600;
    private static final List<String> SOURCES = List.of("/eval/territory/dev.tsv", "/eval/sentiment/territory-dev.tsv",
            "/eval/transitions/dev.tsv", LanguageEvalSet.SEED, LanguageEvalSet.LEADS);

    private AnalyzeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int perLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;

        long baseline = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        MentionAnalyzer analyzer = MentionAnalyzer.withDefaults(Clock.systemUTC());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long loaded = usedHeapAfterGc();

        List<AnalyzeRequest> articles = articles(snippets(), perLanguage, new Random(42));
        for (AnalyzeRequest a : articles) {
            analyzer.analyze(a); // warm-up: JIT and lazily built tables
        }
        long warm = usedHeapAfterGc();
        Rate analyzeRate = rate(articles, seconds, a -> analyzer.analyze(a));
        Rate tokenizeRate = rate(articles, seconds,
                a -> SimpleTokenizer.INSTANCE.tokenize(a.title() + "\n\n" + a.text()));

        int cores = Runtime.getRuntime().availableProcessors();
        Rate pipelineRate = pipelineRate(analyzer, articles, cores);

        System.out.printf(Locale.ROOT, "articles: %d (%d per language, %d words each)%n", articles.size(), perLanguage,
                WORDS);
        System.out.printf(Locale.ROOT, "models loaded in %.1f s; heap used after GC: %d MB before loading, %d MB after"
                + " (models ~%d MB; target <= 600 MB)%n", loadSeconds, baseline >> 20, loaded >> 20,
                (loaded - baseline) >> 20);
        System.out.printf(Locale.ROOT, "heap used after GC once every language has been analyzed: %d MB%n", warm >> 20);
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
        System.out.printf(Locale.ROOT, "analyze, one thread: %.0f articles per CPU-second = per core (target >= 200);"
                + " %.0f per wall-clock second%n", analyzeRate.cpu(), analyzeRate.wall());
        System.out.printf(Locale.ROOT, "tokenization alone, one thread: %.0f articles per CPU-second; analyze costs "
                + "%.0fx tokenization%n", tokenizeRate.cpu(), tokenizeRate.cpu() / analyzeRate.cpu());
        System.out.printf(Locale.ROOT, "analyze pipeline (JSON in/out, %d threads): %.0f articles per process "
                + "CPU-second; %.0f per wall-clock second%n", cores, pipelineRate.cpu(), pipelineRate.wall());
    }

    interface Work {
        void run(AnalyzeRequest a);
    }

    /** Articles per wall-clock second and per CPU second of one thread, over about {@code seconds}. */
    record Rate(double wall, double cpu) {
    }

    /**
     * On a shared machine the wall clock counts the time other processes hold the core, so the per-core
     * figure is taken from the thread's own CPU time; the wall-clock one is printed beside it.
     */
    static Rate rate(List<AnalyzeRequest> articles, double seconds, Work work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long deadline = start + (long) (seconds * 1e9);
        long n = 0;
        do {
            for (AnalyzeRequest a : articles) {
                work.run(a);
                n++;
            }
        } while (System.nanoTime() < deadline);
        return new Rate(n / ((System.nanoTime() - start) / 1e9),
                n / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
    }

    /** Articles per wall-clock second and per CPU second of the whole process (workers, JSON, GC). */
    private static Rate pipelineRate(MentionAnalyzer analyzer, List<AnalyzeRequest> articles, int threads)
            throws IOException {
        StringBuilder in = new StringBuilder();
        for (int round = 0; round < 4; round++) {
            for (AnalyzeRequest a : articles) {
                in.append(io.vigie.model.json.Json.mapper().writeValueAsString(Map.of("id", a.id() + "-" + round,
                        "title", a.title(), "text", a.text()))).append('\n');
            }
        }
        AnalyzePipeline pipeline = new AnalyzePipeline(analyzer, AnalyzeSettings.withThreads(threads));
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        pipeline.run(new BufferedReader(new StringReader(in.toString())), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), StoryAssigner.NONE);
        long n = pipeline.counters().analyzed();
        return new Rate(n / ((System.nanoTime() - start) / 1e9), n / ((processCpuNanos() - cpuStart) / 1e9));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Sentences (headlines and leads) per language from the eval files: every tab-separated field of 5
     * words or more on a line whose language column is one of the five.
     */
    static Map<String, List<String>> snippets() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> out.put(l, new ArrayList<>()));
        for (String resource : SOURCES) {
            for (String line : lines(resource)) {
                String[] fields = line.split("\t");
                String lang = null;
                for (String f : fields) {
                    if (Set.copyOf(LANGUAGES).contains(f.strip())) {
                        lang = f.strip();
                        break;
                    }
                }
                if (lang == null) {
                    continue;
                }
                for (String f : fields) {
                    if (f.strip().split("\\s+").length >= 5) {
                        out.get(lang).add(f.strip());
                    }
                }
            }
        }
        return out;
    }

    /** A headline, then snippets of the same language as paragraphs of two or three, up to {@link #WORDS} words. */
    static List<AnalyzeRequest> articles(Map<String, List<String>> snippets, int perLanguage, Random random) {
        List<AnalyzeRequest> out = new ArrayList<>();
        int line = 0;
        for (String lang : LANGUAGES) {
            List<String> pool = snippets.get(lang);
            if (pool.size() < 10) {
                throw new IllegalStateException("too few " + lang + " snippets to build articles: " + pool.size());
            }
            for (int i = 0; i < perLanguage; i++) {
                String title = pool.get(random.nextInt(pool.size()));
                StringBuilder text = new StringBuilder();
                int words = 0;
                int inParagraph = 0;
                while (words < WORDS) {
                    String s = pool.get(random.nextInt(pool.size()));
                    String[] w = s.split("\\s+");
                    int take = Math.min(w.length, WORDS - words);
                    String sentence = String.join(" ", java.util.Arrays.copyOf(w, take));
                    text.append(sentence).append(sentence.matches(".*[.!?]$") ? "" : ".");
                    words += take;
                    inParagraph++;
                    text.append(inParagraph >= 2 + random.nextInt(2) ? "\n\n" : " ");
                    inParagraph = text.charAt(text.length() - 1) == '\n' ? 0 : inParagraph;
                }
                out.add(new AnalyzeRequest(++line, lang + "-" + i, title, text.toString().strip(), null, null, null,
                        null, null, null));
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        InputStream in = AnalyzeBenchmark.class.getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
