package io.vigie.enrich.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = LanguageEvalSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("evaluation set " + resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<LabeledText> lines = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3 || fields[0].isBlank() || fields[2].isBlank()) {
                    throw new IllegalArgumentException(resource + " line " + number
                            + ": expected label<TAB>hint<TAB>text, got '" + line + "'");
                }
                List<String> hints = fields[1].isBlank() ? List.of() : List.of(fields[1].strip());
                lines.add(new LabeledText(fields[0].strip(), hints, fields[2].strip()));
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evaluation set " + resource, e);
        }
    }
}
