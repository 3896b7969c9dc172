package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores one sentence with a lexicon, VADER-style: polar words summed, each shaped by the modifiers
 * and negators just before it in the same clause, the clause's weight after "but"/"despite", quotes,
 * hedges and questions; then squashed to -1..1.
 */
final class SentenceScorer {
    private static final int NEGATION_WINDOW = 3;
    private static final int MODIFIER_WINDOW = 2;
    private static final int SHIFT_AHEAD = 4;
    private static final int SHIFT_BEHIND = 2;
    /** A reversed word keeps most of its strength: "job cuts" is about as bad as "jobs" is good. */
    private static final double SHIFT_SCALAR = -0.8;
    /** Commemorations and trials are procedural news (labeling guides call them neutral). */
    static final double RETROSPECT_FACTOR = 0.3;
    /** "never so attractive" means very attractive, unlike "not as unsafe". */
    private static final Set<String> NEVER = Set.of("jamais", "never", "nunca", "jamás", "mai", "nie", "niemals");
    private static final Set<String> COMPARATIVES = Set.of("aussi", "si", "autant", "so", "as", "tan", "tanto", "così");
    private static final Set<String> NE = Set.of("ne", "n");

    private final SentimentSettings settings;

    SentenceScorer(SentimentSettings settings) {
        this.settings = settings;
    }

    /**
     * @param target words of this sentence that name the target (indexes into {@code sentence.words()}),
     *               empty when the whole sentence counts alike
     */
    SentenceScore score(Sentence sentence, Lexicon lexicon, Set<Integer> target) {
        List<Word> words = sentence.words();
        int n = words.size();
        List<String> texts = SeparableVerbs.join(words, sentence.text(), sentence.start(), lexicon.language());
        Lexicon.Match[] at = new Lexicon.Match[n];
        int[] clause = new int[n];
        int clauseId = 0;
        boolean hedged = false;
        boolean retrospect = false;
        for (int i = 0; i < n; ) {
            if (words.get(i).clauseBreak()) {
                clauseId++;
            }
            Lexicon.Match m = lexicon.match(texts, i);
            int len = m == null ? 1 : m.length();
            if (m != null) {
                at[i] = m;
                if (m.cue().kind() == CueKind.CONTRAST && i > 0) {
                    clauseId++;
                }
                hedged |= m.cue().kind() == CueKind.HEDGE;
                retrospect |= m.cue().kind() == CueKind.RETROSPECT || m.cue().kind() == CueKind.PROCEDURAL;
            }
            for (int k = i; k < i + len && k < n; k++) {
                clause[k] = clauseId;
            }
            i += len;
        }
        double[] weight = discourseWeights(words, at, clause);
        if (!target.isEmpty()) {
            Set<Integer> targetClauses = new java.util.HashSet<>();
            target.forEach(t -> targetClauses.add(clause[t]));
            for (int i = 0; i < n; i++) {
                if (!targetClauses.contains(clause[i])) {
                    weight[i] *= settings.offTargetClauseWeight();
                }
            }
        }
        boolean[] reversed = new boolean[n];
        boolean[] governs = new boolean[n];
        for (int p = 0; p < n; p++) {
            if (at[p] != null && at[p].cue().kind() == CueKind.SHIFTER) {
                int g = governed(at, clause, target, p);
                if (g >= 0) {
                    reversed[g] = !reversed[g];
                    governs[p] = true;
                }
            }
        }
        Set<Integer> proceduralClauses = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (at[i] != null && (at[i].cue().kind() == CueKind.RETROSPECT || at[i].cue().kind() == CueKind.PROCEDURAL)) {
                proceduralClauses.add(clause[i]);
            }
        }
        boolean polarElsewhere = false;
        double sum = 0;
        double strongest = 0;
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Lexicon.Match m = at[i];
            if (m == null || target.contains(i)) {
                continue;
            }
            CueKind own = m.cue().kind();
            if (own != CueKind.VALENCE && !(own == CueKind.SHIFTER && !governs[i] && m.cue().value() != 0)) {
                continue;
            }
            double v = m.cue().value();
            if (reversed[i]) {
                v *= SHIFT_SCALAR;
            }
            boolean negated = false;
            boolean modified = false;
            for (int k = i - 1; k >= 0 && k >= i - NEGATION_WINDOW && clause[k] == clause[i]; k--) {
                Lexicon.Match before = at[k];
                if (before == null) {
                    continue;
                }
                CueKind kind = before.cue().kind();
                if (kind == CueKind.MODIFIER && !modified && i - k <= MODIFIER_WINDOW) {
                    v *= before.cue().value();
                    modified = true;
                } else if (kind == CueKind.NEGATOR && !negated) {
                    if (NEVER.contains(texts.get(k)) && hasComparative(texts, k + 1, i)) {
                        v *= 1.3;
                    } else {
                        negated = true;
                    }
                } else if (kind == CueKind.WEAK_NEGATOR && !negated && precededByNe(texts, k)) {
                    negated = true;
                }
            }
            if (negated) {
                v *= settings.negationScalar();
            }
            if (words.get(i).quoted()) {
                v *= settings.quoteWeight();
            }
            sum += v * weight[i];
            polarElsewhere |= !proceduralClauses.contains(clause[i]);
            if ("news".equals(m.cue().source()) && Math.abs(v * weight[i]) > Math.abs(strongest)) {
                strongest = v * weight[i];
            }
            cues.add((negated ? "not " : "") + m.phrase() + (reversed[i] ? "↓" : ""));
        }
        double damp = (hedged ? settings.hedgeFactor() : 1) * (sentence.text().endsWith("?") ? settings.questionFactor() : 1)
                * (retrospect ? RETROSPECT_FACTOR : 1);
        sum *= damp;
        strongest *= damp;
        SentenceScore.Tense tense = tense(at);
        // "Rue d'Aubagne, seven years on: slum housing has not receded" judges the place in its own clause
        boolean procedural = retrospect && !polarElsewhere;
        if (sum == 0) {
            return new SentenceScore(0, cues, tense, 0, procedural);
        }
        return new SentenceScore(sum / Math.sqrt(sum * sum + settings.alpha()), cues, tense, strongest, procedural);
    }

    /**
     * The polar word a shifter governs: the first within four words after it in its clause ("lower profit",
     * "gèle la décarbonation"), else within two before it ("emplois manquent", "crime falls"); -1 when none.
     */
    private static int governed(Lexicon.Match[] at, int[] clause, Set<Integer> target, int p) {
        int n = at.length;
        int from = p + at[p].length();
        for (int i = from; i < n && i < from + SHIFT_AHEAD && clause[i] == clause[p]; i++) {
            if (isPolar(at[i]) && !target.contains(i)) {
                return i;
            }
            if (at[i] != null && at[i].cue().kind() == CueKind.SHIFTER) {
                break;
            }
        }
        for (int i = p - 1; i >= 0 && i >= p - SHIFT_BEHIND && clause[i] == clause[p]; i--) {
            if (isPolar(at[i]) && !target.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPolar(Lexicon.Match m) {
        return m != null && m.cue().kind() == CueKind.VALENCE && m.cue().value() != 0;
    }

    /** A present-tense marker only counts once a past one has been seen. */
    private static SentenceScore.Tense tense(Lexicon.Match[] at) {
        boolean past = false;
        boolean now = false;
        for (Lexicon.Match m : at) {
            if (m != null) {
                past |= m.cue().kind() == CueKind.PAST;
                now |= m.cue().kind() == CueKind.NOW;
            }
        }
        return now ? SentenceScore.Tense.NOW : past ? SentenceScore.Tense.PAST : SentenceScore.Tense.NONE;
    }

    /** "but" moves weight to what follows; "despite ..." lowers its own clause. */
    private double[] discourseWeights(List<Word> words, Lexicon.Match[] at, int[] clause) {
        int n = words.size();
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        for (int p = 0; p < n; p++) {
            if (at[p] == null) {
                continue;
            }
            CueKind kind = at[p].cue().kind();
            if (kind == CueKind.CONTRAST && p > 0) {
                for (int i = 0; i < p; i++) {
                    w[i] *= settings.contrastBefore();
                }
                for (int i = p; i < n; i++) {
                    w[i] *= settings.contrastAfter();
                }
            } else if (kind == CueKind.NOW && p > 0 && pastBefore(at, p)) {
                for (int i = 0; i < p; i++) {
                    w[i] *= settings.contrastBefore();
                }
                for (int i = p; i < n; i++) {
                    w[i] *= settings.contrastAfter();
                }
            } else if (kind == CueKind.PAST && !nowAfter(at, p)) {
                // "for decades, ..." : the comma must not free the rest of the sentence
                for (int i = 0; i < n; i++) {
                    w[i] *= settings.concessionWeight();
                }
            } else if (kind == CueKind.CONCESSION) {
                for (int i = p; i < n && clause[i] == clause[p]; i++) {
                    w[i] *= settings.concessionWeight();
                }
            }
        }
        return w;
    }

    private static boolean nowAfter(Lexicon.Match[] at, int p) {
        for (int i = p + 1; i < at.length; i++) {
            if (at[i] != null && at[i].cue().kind() == CueKind.NOW) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastBefore(Lexicon.Match[] at, int p) {
        for (int i = 0; i < p; i++) {
            if (at[i] != null && at[i].cue().kind() == CueKind.PAST) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasComparative(List<String> texts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (COMPARATIVES.contains(texts.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededByNe(List<String> texts, int k) {
        for (int i = Math.max(0, k - NEGATION_WINDOW); i < k; i++) {
            if (NE.contains(texts.get(i))) {
                return true;
            }
        }
        return false;
    }
}
