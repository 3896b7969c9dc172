package io.vigie.enrich;

import io.vigie.model.RawMention;

/**
 * The body every enrichment step reads: the page text, preceded by the feed's description when the
 * page does not repeat it (the description often holds the standfirst). One definition, because the
 * sentiment step reuses character offsets found by the territory step in this same text.
 */
public final class MentionBody {
    private MentionBody() {
    }

    public static String of(RawMention mention) {
        String text = mention.text() == null ? "" : mention.text();
        String description = mention.description();
        if (description == null || description.isBlank() || text.contains(description.strip())) {
            return text;
        }
        return description + "\n\n" + text;
    }
}
