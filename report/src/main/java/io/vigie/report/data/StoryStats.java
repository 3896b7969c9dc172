package io.vigie.report.data;

/**
 * One story of a period as aggregated over its copies.
 *
 * @param key        story id, or {@code id:<mention id>} for a mention without one
 * @param copies     mentions of the story in the period
 * @param outlets    distinct outlets carrying it
 * @param scoreSum   sum of sentiment scores, label-only copies counting ±0.5 (0 for neutral)
 * @param scored     copies with a score or a label
 */
public record StoryStats(String key, long copies, long outlets, double scoreSum, long scored) {

    /** NaN when no copy is scored. */
    public double meanScore() {
        return scored == 0 ? Double.NaN : scoreSum / scored;
    }
}
