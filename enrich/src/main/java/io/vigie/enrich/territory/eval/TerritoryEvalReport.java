package io.vigie.enrich.territory.eval;

import io.vigie.enrich.eval.Prf;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binary classification figures of the relevance decision.
 *
 * @param name       set name
 * @param overall    counts over the whole set
 * @param byLanguage counts per ISO 639-1 language
 * @param errors     one line per misclassified item (expected, relevance, title, evidence)
 */
public record TerritoryEvalReport(String name, Counts overall, Map<String, Counts> byLanguage, List<String> errors) {

    /** Confusion counts with derived metrics. */
    public record Counts(int tp, int fp, int tn, int fn) {
        public int total() {
            return tp + fp + tn + fn;
        }

        private Prf prf() {
            return new Prf(tp, fp, fn);
        }

        public double precision() {
            return prf().precision();
        }

        public double recall() {
            return prf().recall();
        }

        public double f1() {
            return prf().f1();
        }

        public double accuracy() {
            return total() == 0 ? 0 : (double) (tp + tn) / total();
        }

        Counts add(boolean expected, boolean predicted) {
            return new Counts(tp + (expected && predicted ? 1 : 0), fp + (!expected && predicted ? 1 : 0),
                    tn + (!expected && !predicted ? 1 : 0), fn + (expected && !predicted ? 1 : 0));
        }

        String format() {
            return String.format(Locale.ROOT, "n=%3d  P=%.3f  R=%.3f  F1=%.3f  acc=%.3f  (tp=%d fp=%d tn=%d fn=%d)",
                    total(), precision(), recall(), f1(), accuracy(), tp, fp, tn, fn);
        }
    }

    public String format() {
        StringBuilder sb = new StringBuilder("== territory relevance, ").append(name).append('\n');
        sb.append("  all  ").append(overall.format()).append('\n');
        byLanguage.forEach((lang, c) -> sb.append("  ").append(String.format(Locale.ROOT, "%-4s ", lang))
                .append(c.format()).append('\n'));
        sb.append("  errors: ").append(errors.size()).append('\n');
        errors.forEach(e -> sb.append("    ").append(e).append('\n'));
        return sb.toString();
    }
}
