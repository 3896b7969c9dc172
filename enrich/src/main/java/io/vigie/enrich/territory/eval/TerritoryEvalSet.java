package io.vigie.enrich.territory.eval;

import io.vigie.enrich.resource.TabularResource;
import io.vigie.enrich.resource.TabularResource.Row;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code label<TAB>lang<TAB>source<TAB>title<TAB>text<TAB>why} sets from the classpath. */
public final class TerritoryEvalSet {
    public static final String DEV = "/eval/territory/dev.tsv";
    public static final String TEST = "/eval/territory/test.tsv";
    /** Bare headlines (empty text) in five languages, tuned on. */
    public static final String HEADLINES_DEV = "/eval/territory/headlines-dev.tsv";
    /** Bare headlines written with the dev split, evaluated once after tuning. */
    public static final String HEADLINES_CHECK = "/eval/territory/headlines-check.tsv";

    private TerritoryEvalSet() {
    }

    public static List<LabeledArticle> fromClasspath(String resource) {
        List<LabeledArticle> items = new ArrayList<>();
        for (Row row : TabularResource.read(TerritoryEvalSet.class, resource, "evaluation set")) {
            String label = row.field(0);
            if (row.size() < 5 || !(label.equals("0") || label.equals("1")) || row.field(3).isBlank()) {
                throw row.error("expected label(0|1)<TAB>lang<TAB>source<TAB>title<TAB>text[<TAB>why]");
            }
            items.add(new LabeledArticle(label.equals("1"), row.field(1).strip(),
                    row.field(2).isBlank() ? null : row.field(2).strip(), row.field(3).strip(), row.field(4).strip(),
                    row.size() > 5 ? row.field(5).strip() : ""));
        }
        return List.copyOf(items);
    }
}
