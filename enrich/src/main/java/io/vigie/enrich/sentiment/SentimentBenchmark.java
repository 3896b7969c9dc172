package io.vigie.enrich.sentiment;

import io.vigie.enrich.sentiment.eval.LabeledSnippet;
import io.vigie.enrich.sentiment.eval.TerritorySentimentSet;
import io.vigie.enrich.territory.TerritoryRecognizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Articles per second per core for the sentiment step alone (target spans found beforehand, outside the
 * timing), on 600-word articles assembled from the dev snippets of each language. The whole enrichment
 * aims at >= 200 articles/s per core, so this step should stay well above that.
 * <pre>java -cp ... io.vigie.enrich.sentiment.SentimentBenchmark [articlesPerLanguage] [rounds]</pre>
 */
public final class SentimentBenchmark {
    private static final int WORDS = 600;

    private SentimentBenchmark() {
    }

    public static void main(String[] args) {
        int perLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        TerritorySentimentAnalyzer analyzer = TerritorySentimentAnalyzer.withDefaults();
        TerritoryRecognizer recognizer = TerritoryRecognizer.withDefaults();
        List<SentimentInput> inputs = new ArrayList<>();
        Random random = new Random(7);
        List<LabeledSnippet> dev = TerritorySentimentSet.dev();
        for (String lang : List.of("fr", "en", "es", "it", "de")) {
            List<LabeledSnippet> pool = dev.stream().filter(s -> s.language().equals(lang)).toList();
            for (int a = 0; a < perLanguage; a++) {
                LabeledSnippet head = pool.get(random.nextInt(pool.size()));
                StringBuilder body = new StringBuilder();
                while (body.toString().split("\\s+").length < WORDS) {
                    LabeledSnippet s = pool.get(random.nextInt(pool.size()));
                    body.append(s.title()).append(". ").append(s.text()).append("\n\n");
                }
                String doc = SentimentInput.document(head.title(), body.toString());
                List<TargetSpan> targets = recognizer.nameSpans(doc).stream()
                        .map(n -> new TargetSpan(n.start(), n.end(), n.listed())).toList();
                inputs.add(new SentimentInput(lang, head.title(), body.toString(), targets, true));
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            int polar = 0;
            for (SentimentInput in : inputs) {
                polar += analyzer.analyze(in).label().equals("neutral") ? 0 : 1;
            }
            double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d articles of %d words in %.2f s CPU = %.0f articles/s per core"
                    + " (%d polar)%n", r + 1, inputs.size(), WORDS, seconds, inputs.size() / seconds, polar);
        }
    }
}
