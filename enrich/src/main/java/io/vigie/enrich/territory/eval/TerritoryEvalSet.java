package io.vigie.enrich.territory.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code label<TAB>lang<TAB>source<TAB>title<TAB>text<TAB>why} sets from the classpath. */
public final class TerritoryEvalSet {
    public static final String DEV = "/eval/territory/dev.tsv";
    public static final String TEST = "/eval/territory/test.tsv";

    private TerritoryEvalSet() {
    }

    public static List<LabeledArticle> fromClasspath(String resource) {
        InputStream in = TerritoryEvalSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("evaluation set " + resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<LabeledArticle> items = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 5 || !(f[0].equals("0") || f[0].equals("1")) || f[3].isBlank()) {
                    throw new IllegalArgumentException(resource + " line " + number
                            + ": expected label(0|1)<TAB>lang<TAB>source<TAB>title<TAB>text[<TAB>why]");
                }
                items.add(new LabeledArticle(f[0].equals("1"), f[1].strip(), f[2].isBlank() ? null : f[2].strip(),
                        f[3].strip(), f[4].strip(), f.length > 5 ? f[5].strip() : ""));
            }
            return List.copyOf(items);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evaluation set " + resource, e);
        }
    }
}
