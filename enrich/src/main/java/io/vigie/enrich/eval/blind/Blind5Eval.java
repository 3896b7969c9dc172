package io.vigie.enrich.eval.blind;

/**
 * The fifth blind test set ({@code eval/blind5}), written by an independent annotator after the
 * first four had been exposed to the builders. Same format, labeling guide and scoring as
 * {@link BlindEval}; only the data differs.
 */
public final class Blind5Eval {
    public static final String FOLDER = "blind5";

    private Blind5Eval() {
    }

    /** The run for {@code ./vigie eval}: loads the production models once (a few seconds). */
    public static BlindEvalReport run() {
        return BlindEval.run(FOLDER);
    }

    public static void main(String[] args) {
        System.out.println(run().format());
    }
}
