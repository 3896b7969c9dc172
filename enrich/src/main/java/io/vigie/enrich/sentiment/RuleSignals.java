package io.vigie.enrich.sentiment;

/**
 * What the rules saw in an item, beyond their verdict: read by the {@link PortrayalStacker} to decide how
 * far the rules' score can be trusted (one weak cue vs several, procedure framing, strong news events).
 *
 * @param label               the rules' label
 * @param score               the rules' score toward the territory
 * @param tone                the rules' tone of the whole text
 * @param framedAsProcedure   the headline (or first sentence) is a trial, vote, ceremony or anniversary
 * @param proceduralSentences sentences carrying a procedural or retrospect cue and no polar word outside it
 * @param positiveSentences   sentences about the territory (or next to it) scored positive
 * @param negativeSentences   sentences about the territory (or next to it) scored negative
 * @param strongestCue        the strongest curated news valence in those sentences, signed; 0 when none
 * @param listedOnly          the territory is named only in lists with outside places
 */
record RuleSignals(String label, double score, double tone, boolean framedAsProcedure, int proceduralSentences,
                   int positiveSentences, int negativeSentences, double strongestCue, boolean listedOnly) {

    /** The verdict alone, for callers that have no more (tests, the text-only decision). */
    static RuleSignals of(String label, double score, double tone) {
        return new RuleSignals(label, score, tone, false, 0, 0, 0, 0, false);
    }

    PortrayalFeatures.RuleView view() {
        return new PortrayalFeatures.RuleView(label, score, tone);
    }
}
