package io.vigie.enrich.transitions;

import io.vigie.model.EnrichedMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.Transitions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link TransitionsIndex} needs to know about one mention.
 *
 * @param relevant       the mention is about the territory
 * @param international  it comes from an international outlet
 * @param pillars        transition pillars (economic, environmental, social), possibly empty
 * @param sentimentLabel positive, neutral, negative toward the territory, or null when unknown
 * @param frame          forefront, lagging, or null
 * @param weight         audience or de-duplication weight, finite and &gt; 0 (1 when unweighted)
 */
public record IndexInput(boolean relevant, boolean international, List<String> pillars, String sentimentLabel,
                         String frame, double weight) {

    public IndexInput {
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
        if (sentimentLabel != null && !List.of(Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE)
                .contains(sentimentLabel)) {
            throw new IllegalArgumentException("sentiment label must be positive, neutral, negative or null, got '"
                    + sentimentLabel + "'");
        }
        if (frame != null && !frame.equals(Transitions.FOREFRONT) && !frame.equals(Transitions.LAGGING)) {
            throw new IllegalArgumentException("frame must be forefront, lagging or null, got '" + frame + "'");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a finite number > 0, got " + weight);
        }
    }

    /**
     * From an enriched mention: international means an outlet of tier {@code international}, or one
     * whose country is known and is not France; the weight is the outlet's audience weight.
     */
    public static IndexInput of(EnrichedMention mention) {
        Objects.requireNonNull(mention, "mention");
        SourceRef source = mention.mention().source();
        boolean international = source.tier() == SourceTier.INTERNATIONAL
                || (source.country() != null && !source.country().isBlank()
                && !source.country().strip().toUpperCase(Locale.ROOT).equals("FR"));
        boolean relevant = mention.territory() != null && mention.territory().relevant();
        Transitions t = mention.transitions();
        return new IndexInput(relevant, international, t == null ? List.of() : t.pillars(),
                mention.sentiment() == null ? null : mention.sentiment().label(), t == null ? null : t.frame(),
                source.audienceWeight());
    }
}
