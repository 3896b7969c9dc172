package io.vigie.enrich.sentiment;

import io.vigie.enrich.eval.blind.BlindItem;
import io.vigie.enrich.eval.blind.BlindSet;
import io.vigie.enrich.sentiment.eval.LabeledSnippet;
import io.vigie.enrich.sentiment.eval.TerritorySentimentSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-labeled items the {@link PortrayalModel} is trained and cross-validated on: the territory
 * dev splits, the portrayal-only training file (portrayal-train2, written for this model) and the two
 * former blind sets (their gold-relevant items only: a non-relevant item is
 * neutral by convention, not by portrayal). The held-out splits (territory test, dev2 check) and the
 * current blind set are never read here.
 */
public final class PortrayalTrainingSet {
    /** Former blind sets, exposed after their one evaluation and now training data. */
    static final List<String> FORMER_BLIND_SETS = List.of("blind", "blind2");

    private PortrayalTrainingSet() {
    }

    /** One labeled item; {@code source} names the file it came from. */
    record Item(String id, String source, String language, String title, String body, String label) {
    }

    static List<Item> load() {
        List<Item> out = new ArrayList<>();
        addSnippets(out, "territory-dev", TerritorySentimentSet.dev());
        addSnippets(out, "territory-dev2", TerritorySentimentSet.dev2());
        addSnippets(out, "portrayal-train2", TerritorySentimentSet.portrayalTrain2());
        for (String folder : FORMER_BLIND_SETS) {
            for (BlindItem b : BlindSet.load(folder).items()) {
                if (b.relevant()) {
                    out.add(new Item(folder + ":" + b.id(), folder, b.lang(), b.title(), b.lead(), b.sentiment()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static void addSnippets(List<Item> out, String source, List<LabeledSnippet> snippets) {
        for (LabeledSnippet s : snippets) {
            out.add(new Item(source + ":" + s.id(), source, s.language(), s.title(), s.text(), s.label()));
        }
    }
}
