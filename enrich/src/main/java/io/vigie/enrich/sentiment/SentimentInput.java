package io.vigie.enrich.sentiment;

import java.util.List;

/**
 * What the analyzer reads.
 *
 * @param language       ISO 639-1 code; fr, en, es, it and de are supported
 * @param title          headline, may be null
 * @param body           text, may be null
 * @param targets        where {@link #document()} names the target; empty when it does not
 * @param aboutTerritory whether the text is about the target (territory relevance at or above its threshold);
 *                       when false, the mentions are passing and their sentiment weighs less
 */
public record SentimentInput(String language, String title, String body, List<TargetSpan> targets,
                             boolean aboutTerritory) {

    public SentimentInput {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** Title and body as one text, the title a paragraph of its own; target offsets refer to it. */
    public static String document(String title, String body) {
        String b = body == null ? "" : body;
        return title == null || title.isBlank() ? b : title.strip() + "\n\n" + b;
    }

    public String document() {
        return document(title, body);
    }

    /** End of the title in {@link #document()}, 0 when there is none. */
    int titleEnd() {
        return title == null || title.isBlank() ? 0 : title.strip().length();
    }
}
