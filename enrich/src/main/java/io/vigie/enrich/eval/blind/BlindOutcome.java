package io.vigie.enrich.eval.blind;

import java.util.Objects;

/** A gold item next to what the system predicted for it. */
public record BlindOutcome(BlindItem gold, BlindPrediction predicted) {
    public BlindOutcome {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
    }
}
