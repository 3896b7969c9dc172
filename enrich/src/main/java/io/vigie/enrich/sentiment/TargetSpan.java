package io.vigie.enrich.sentiment;

/**
 * Where the document names the target (the territory, or a NewsMTSC target).
 *
 * @param start   character offset in {@link SentimentInput#document()}
 * @param end     end offset (exclusive)
 * @param passing named in a list with outside places ("Paris, Lyon et Marseille"): weighs less
 */
public record TargetSpan(int start, int end, boolean passing) {
    public TargetSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("target span must satisfy 0 <= start < end, got " + start + ".." + end);
        }
    }
}
