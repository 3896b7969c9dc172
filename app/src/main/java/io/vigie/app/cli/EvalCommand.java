package io.vigie.app.cli;

import io.vigie.alerts.eval.AlertsEval;
import io.vigie.enrich.eval.LanguageEval;
import io.vigie.enrich.eval.LanguageEvalReport;
import io.vigie.enrich.eval.blind.BlindEval;
import io.vigie.enrich.sentiment.eval.SentimentEval;
import io.vigie.enrich.territory.eval.TerritoryEval;
import io.vigie.enrich.territory.eval.TerritoryEvalReport;
import io.vigie.enrich.transitions.eval.TransitionsEval;
import io.vigie.enrich.transitions.eval.TransitionsEvalReport;
import io.vigie.ingest.extract.eval.ExtractionEval;
import io.vigie.ingest.feed.FeedCorpusEval;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie eval}: prints the quality figures of every NLP step on its labeled data, so that a
 * change is judged by numbers. Each evaluation reads only its held-out or dev sets.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Prints quality metrics of Vigie's NLP steps on labeled data.",
                "Without NAME, runs every evaluation."})
public final class EvalCommand implements Callable<Integer> {

    static final Map<String, Supplier<String>> EVALUATIONS = evaluations();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Evaluations to run: ${COMPLETION-CANDIDATES}",
            completionCandidates = Names.class)
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> selected = names.isEmpty() ? List.copyOf(EVALUATIONS.keySet()) : names;
        for (String name : selected) {
            if (!EVALUATIONS.containsKey(name)) {
                spec.commandLine().getErr().println("vigie eval: unknown evaluation '" + name + "'; known: "
                        + String.join(", ", EVALUATIONS.keySet()));
                return 2;
            }
        }
        for (String name : selected) {
            out.println("=== " + name + " ===");
            out.println(EVALUATIONS.get(name).get());
            out.flush();
        }
        return 0;
    }

    private static Map<String, Supplier<String>> evaluations() {
        Map<String, Supplier<String>> all = new LinkedHashMap<>();
        all.put("language", () -> LanguageEval.run().stream().map(LanguageEvalReport::format)
                .collect(Collectors.joining("\n")));
        all.put("territory", () -> TerritoryEval.run().stream().map(TerritoryEvalReport::format)
                .collect(Collectors.joining("\n")));
        all.put("sentiment", () -> SentimentEval.run().format());
        all.put("transitions", () -> TransitionsEval.run().stream().map(TransitionsEvalReport::format)
                .collect(Collectors.joining("\n")));
        // blind5 is the held-out measure; blind to blind4 were blind sets, since exposed to the builders.
        for (String folder : List.of("blind5", "blind4", "blind3", "blind2")) {
            all.put(folder, () -> BlindEval.run(folder).format());
        }
        all.put("blind", () -> BlindEval.run().format());
        all.put("alerts", () -> AlertsEval.run().format());
        all.put("feeds", () -> FeedCorpusEval.run().format());
        all.put("extraction", () -> ExtractionEval.run().format());
        return all;
    }

    static final class Names extends ArrayList<String> {
        Names() {
            super(EVALUATIONS.keySet());
        }
    }
}
