package io.vigie.enrich.eval;

import java.util.List;

/** One line of an evaluation set: true language, declared hints, text. */
public record LabeledText(String label, List<String> hints, String text) {
    public LabeledText {
        hints = List.copyOf(hints);
    }
}
