package io.vigie.enrich.eval.blind;

/**
 * The fourth blind test set ({@code eval/blind4}), written by an independent annotator after the
 * first three had been exposed to the builders. Same format, labeling guide and scoring as
 * {@link BlindEval}; only the data differs.
 */
public final class Blind4Eval {
    public static final String FOLDER = "blind4";

    private Blind4Eval() {
    }

    /** The run for {@code ./vigie eval}: loads the production models once (a few seconds). */
    public static BlindEvalReport run() {
        return BlindEval.run(FOLDER);
    }

    public static void main(String[] args) {
        System.out.println(run().format());
    }
}
