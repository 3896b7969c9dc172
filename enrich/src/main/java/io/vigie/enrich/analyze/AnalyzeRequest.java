package io.vigie.enrich.analyze;

import java.time.Instant;

/**
 * One input line of {@code vigie analyze}.
 *
 * @param line      1-based line number in the input, for error messages
 * @param id        caller's id, echoed back; never blank
 * @param title     headline, may be empty
 * @param text      lead or full text, may be empty (but not both title and text)
 * @param lang      declared language (a hint, not a verdict), may be null
 * @param url       may be null
 * @param published may be null; bounds the time window of story grouping
 * @param target    mention string the sentiment is about instead of the territory, may be null
 * @param from      start offset of the target in {@code text}, or null
 * @param to        end offset (exclusive) of the target in {@code text}, or null
 */
public record AnalyzeRequest(int line, String id, String title, String text, String lang, String url,
                             Instant published, String target, Integer from, Integer to) {

    public AnalyzeRequest {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        if (title.isBlank() && text.isBlank()) {
            throw new IllegalArgumentException("title and text are both empty");
        }
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to must be given together");
        }
        if (from != null && (from < 0 || to <= from || to > text.length())) {
            throw new IllegalArgumentException("target offsets must satisfy 0 <= from < to <= text length ("
                    + text.length() + "), got from=" + from + " to=" + to);
        }
        if (from != null && (target == null || target.isBlank())) {
            target = text.substring(from, to);
        }
        if (target != null && target.isBlank()) {
            target = null;
        }
    }

    public boolean hasTarget() {
        return target != null;
    }
}
