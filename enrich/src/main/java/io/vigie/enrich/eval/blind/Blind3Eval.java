package io.vigie.enrich.eval.blind;

/**
 * The third blind test set ({@code eval/blind3}), written by an independent annotator after the
 * first two had been exposed to the builders. Same format, labeling guide and scoring as
 * {@link BlindEval}; only the data differs.
 */
public final class Blind3Eval {
    public static final String FOLDER = "blind3";

    private Blind3Eval() {
    }

    /** The run for {@code ./vigie eval}: loads the production models once (a few seconds). */
    public static BlindEvalReport run() {
        return BlindEval.run(FOLDER);
    }

    public static void main(String[] args) {
        System.out.println(run().format());
    }
}
