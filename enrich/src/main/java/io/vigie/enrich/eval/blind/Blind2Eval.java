package io.vigie.enrich.eval.blind;

/**
 * The second blind test set ({@code eval/blind2}), written after the first one had been used for
 * tuning. Same format, labeling guide and scoring as {@link BlindEval}; only the data differs.
 */
public final class Blind2Eval {
    public static final String FOLDER = "blind2";

    private Blind2Eval() {
    }

    /** The run for {@code ./vigie eval}: loads the production models once (a few seconds). */
    public static BlindEvalReport run() {
        return BlindEval.run(FOLDER);
    }

    public static void main(String[] args) {
        System.out.println(run().format());
    }
}
