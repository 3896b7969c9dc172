package io.vigie.report.data;

import java.time.Instant;
import java.util.List;

/**
 * The fields of one indexed mention the report needs. Annotations missing from the document
 * (older schema, or a step that did not run) are null or empty, never guessed.
 */
public record MentionRow(
        String id,
        Instant timestamp,
        String title,
        String url,
        String lang,
        String sourceId,
        String sourceName,
        String sourceCountry,
        double audienceWeight,
        Boolean relevant,
        String sentimentLabel,
        Double sentimentScore,
        List<String> pillars,
        List<String> themes,
        List<String> frames,
        String storyId,
        String textSource,
        String evidence) {

    public MentionRow {
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
        themes = themes == null ? List.of() : List.copyOf(themes);
        frames = frames == null ? List.of() : List.copyOf(frames);
    }

    /** In scope for image figures: relevant, or not yet classified (schema v1 documents). */
    public boolean inScope() {
        return !Boolean.FALSE.equals(relevant);
    }

    public boolean classified() {
        return relevant != null && (!relevant || sentimentLabel != null);
    }

    /** Story key: copies of one story share it; a mention without one is its own story. */
    public String storyKey() {
        return storyId == null || storyId.isBlank() ? "id:" + id : storyId;
    }

    /** Foreign outlet; null when the outlet's country is unknown. */
    public Boolean international(String homeCountry) {
        return sourceCountry == null || sourceCountry.isBlank() ? null : !homeCountry.equalsIgnoreCase(sourceCountry);
    }

    public boolean feedOnly() {
        return "feed".equalsIgnoreCase(textSource);
    }
}
