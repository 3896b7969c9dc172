package io.vigie.app.cli;

import io.vigie.alerts.detect.AlertDecider;
import io.vigie.alerts.detect.DetectorSettings;
import io.vigie.alerts.eval.AlertsEval;
import io.vigie.model.AlertEvent;
import io.vigie.model.StoryRef;
import io.vigie.alerts.replay.MentionLines;
import io.vigie.alerts.replay.ReplayEngine;
import io.vigie.model.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie alerts}: offline tools around the negative-coverage alerts. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Negative-coverage alerts: replay a stream through the detector, or measure it.",
        subcommands = {AlertsCommand.Replay.class, AlertsCommand.Eval.class})
public final class AlertsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code vigie alerts replay FILE}. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Replays a JSON-lines file of enriched mentions through the detector in event time",
                    "(no Kafka) and prints the incidents it would raise."})
    static final class Replay implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "One EnrichedMention JSON per line.")
        Path file;

        @Option(names = "--window-minutes", paramLabel = "N", description = "Window length (default: 60).")
        int windowMinutes = 60;

        @Option(names = "--json", description = "Print the alert events as JSON lines.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("alerts replay: no such file: " + file);
                return 2;
            }
            DetectorSettings settings;
            try {
                settings = DetectorSettings.defaults().withWindow(Duration.ofMinutes(windowMinutes));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            MentionLines.Result read;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = MentionLines.read(reader, file.toString());
            }
            read.errors().stream().limit(20).forEach(e -> err.println("skipped " + e));
            List<AlertEvent> alerts = new ReplayEngine(new AlertDecider(settings)).run(read.mentions());
            for (AlertEvent a : alerts) {
                out.println(json ? Json.mapper().writeValueAsString(a) : describe(a));
            }
            long incidents = alerts.stream().map(AlertEvent::incidentId).distinct().count();
            out.printf(Locale.ROOT, "%d mentions read (%d lines skipped), %d incidents, %d notifications%n",
                    read.mentions().size(), read.errors().size(), incidents, alerts.size());
            return 0;
        }

        private static String describe(AlertEvent a) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s  %-9s %-8s %-13s x%.1f (%.1f vs %.1f)  %s",
                    a.windowStart(), a.step().code(), a.severity().code(), a.series(), a.factor(), a.observed(),
                    a.baseline(), a.incidentId()));
            if (!a.terms().isEmpty()) {
                sb.append("\n    terms: ").append(String.join(", ", a.terms()));
            }
            for (StoryRef s : a.topStories().stream().limit(3).toList()) {
                sb.append("\n    - ").append(oneLine(s.title())).append(" (").append(oneLine(s.outlet())).append(')');
            }
            return sb.toString();
        }

        private static String oneLine(String s) {
            return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
        }
    }

    /** {@code vigie alerts eval}. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Measures the detector on synthetic streams with injected negative waves (held-out seeds).")
    static final class Eval implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--tuning", description = "Use the tuning seeds instead of the held-out ones.")
        boolean tuning;

        @Option(names = "--seen", description = "Use the held-out seeds of earlier rounds (seen while tuning).")
        boolean seen;

        @Override
        public Integer call() {
            AlertsEval.Report report = AlertsEval.run(DetectorSettings.defaults(),
                    tuning ? AlertsEval.TUNING_SEEDS : seen ? AlertsEval.SEEN_SEEDS : AlertsEval.REPORT_SEEDS);
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.format());
            out.flush();
            return 0;
        }
    }
}
