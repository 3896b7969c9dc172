package io.vigie.enrich.eval;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code label<TAB>hint<TAB>text} evaluation set. */
public final class LanguageEvalSet {
    public static final String SEED = "/eval/language/headlines.tsv";
    /** News leads of 20 to 60 words: the length from which the model alone must be reliable. */
    public static final String LEADS = "/eval/language/leads.tsv";

    private LanguageEvalSet() {
    }

    public static List<LabeledText> seed() {
        return fromClasspath(SEED);
    }

    public static List<LabeledText> leads() {
        return fromClasspath(LEADS);
    }

    public static List<LabeledText> fromClasspath(String resource) {
        List<LabeledText> lines = new ArrayList<>();
        for (Row row : TabularResource.read(LanguageEvalSet.class, resource, "evaluation set")) {
            if (row.size() != 3 || row.field(0).isBlank() || row.field(2).isBlank()) {
                throw row.error("expected label<TAB>hint<TAB>text, got '" + row.line() + "'");
            }
            List<String> hints = row.field(1).isBlank() ? List.of() : List.of(row.field(1).strip());
            lines.add(new LabeledText(row.field(0).strip(), hints, row.field(2).strip()));
        }
        return List.copyOf(lines);
    }
}
