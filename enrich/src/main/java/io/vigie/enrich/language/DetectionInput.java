package io.vigie.enrich.language;

import io.vigie.model.RawMention;
import java.util.ArrayList;
import java.util.List;

/** What language detection looks at for one mention: its text and its declared languages. */
public record DetectionInput(String text, List<String> hints) {

    public DetectionInput {
        hints = List.copyOf(hints);
    }

    /**
     * Title, description and text, joined and cut at {@code maxChars}: the headline alone is often
     * too short, and beyond a couple of thousand characters the model learns nothing new. Hints are
     * the page/feed declarations first, then the outlet's fixed language from the registry.
     */
    public static DetectionInput of(RawMention mention, int maxChars) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {mention.title(), mention.description(), mention.text()}) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(part.strip());
            if (text.length() >= maxChars) {
                break;
            }
        }
        List<String> hints = new ArrayList<>(mention.languageHints());
        if (mention.source().language() != null && !mention.source().language().isBlank()) {
            hints.add(mention.source().language());
        }
        String bounded = text.length() > maxChars ? text.substring(0, maxChars) : text.toString();
        return new DetectionInput(bounded, hints);
    }
}
