package io.vigie.app.cli;

import io.vigie.enrich.analyze.Analysis;
import io.vigie.enrich.analyze.AnalyzePipeline;
import io.vigie.enrich.analyze.AnalyzeSettings;
import io.vigie.enrich.analyze.MentionAnalyzer;
import io.vigie.enrich.analyze.StoryAssigner;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.story.StoryGrouper;
import io.vigie.index.story.StorySettings;
import io.vigie.ingest.fingerprint.SimHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie analyze}: enriches JSON lines from stdin and writes one JSON line per input on stdout, in
 * the same order: language, territory relevance and places, sentiment (toward the territory, or toward
 * the line's {@code target}), tone, transitions and a story id grouping copies among the input lines.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyzes JSON lines {id, title, text, lang?, url?, published?, target?, from?, to?} "
                + "read on stdin; writes one JSON result per line on stdout, in input order.",
                "A bad line yields {id, line, error} and the run goes on. Progress goes to stderr."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--progress-every", defaultValue = "1000",
            description = "A progress line on stderr every N lines, 0 for none (default: ${DEFAULT-VALUE}).")
    int progressEvery;

    @Option(names = "--no-stories", description = "Do not group copies into stories (story_id = id).")
    boolean noStories;

    private final Supplier<MentionAnalyzer> analyzer;

    public AnalyzeCommand() {
        this(() -> MentionAnalyzer.withDefaults(Clock.systemUTC()));
    }

    /** For tests: share one loaded analyzer between runs. */
    AnalyzeCommand(Supplier<MentionAnalyzer> analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AnalyzeSettings settings;
        try {
            AnalyzeSettings base = threads == null ? AnalyzeSettings.defaults() : AnalyzeSettings.withThreads(threads);
            settings = new AnalyzeSettings(base.threads(), base.window(), progressEvery, base.maxLineChars());
        } catch (IllegalArgumentException e) {
            err.println("vigie analyze: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            AnalyzePipeline pipeline = new AnalyzePipeline(analyzer.get(), settings);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            pipeline.run(in, out, err, noStories ? StoryAssigner.NONE : new Stories());
            return pipeline.counters().analyzed() == 0 && pipeline.counters().errors() > 0 ? 1 : 0;
        } catch (IOException e) {
            err.println("vigie analyze: cannot read stdin: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    /**
     * Groups copies among the input lines with the index's grouper: its memory of recent lines is the only
     * candidate source (nothing is looked up in Elasticsearch). Lines are given one by one in input order,
     * so a copy joins the story of the first line of its story. A line without {@code published} is placed
     * at the last date seen in the input (the start of time before any), so that undated copies next to
     * each other still group, while the 7-day window still separates dated stories.
     */
    static final class Stories implements StoryAssigner {
        private final StoryGrouper grouper = new StoryGrouper((bands, from, to) -> List.of(), StorySettings.defaults());
        private Instant lastDated = Instant.EPOCH;

        @Override
        public String storyOf(Analysis a) {
            Instant published = a.request().published();
            if (published != null) {
                lastDated = published;
            }
            Instant at = published != null ? published : lastDated;
            String text = a.request().text().isBlank() ? a.request().title() : a.request().text();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", a.request().title());
            fields.put("fingerprint", SimHash.hex(text));
            MentionDocument doc = new MentionDocument(a.id(), at, YearMonth.from(at.atZone(ZoneOffset.UTC)), null,
                    fields);
            return grouper.assign(List.of(doc)).get(0).string(StoryGrouper.STORY_ID);
        }
    }
}
