package io.vigie.enrich.transitions.eval;

import io.vigie.enrich.transitions.ThemeVocabulary;
import io.vigie.model.Transitions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts over a set of items: per pillar (multi-label), themes pooled (micro), and the frame as a
 * three-way decision (forefront, lagging, none).
 *
 * @param n            items
 * @param pillars      per pillar
 * @param themes       all themes pooled
 * @param frames       per frame class, "none" included
 * @param frameCorrect items whose frame (or absence of frame) was right
 */
public record Figures(int n, Map<String, Prf> pillars, Prf themes, Map<String, Prf> frames, int frameCorrect) {
    public static final String NO_FRAME = "none";
    static final List<String> FRAME_CLASSES = List.of(Transitions.FOREFRONT, Transitions.LAGGING, NO_FRAME);

    public Figures {
        pillars = Map.copyOf(pillars);
        frames = Map.copyOf(frames);
    }

    static Figures empty() {
        Map<String, Prf> p = new LinkedHashMap<>();
        ThemeVocabulary.PILLARS.forEach(x -> p.put(x, Prf.ZERO));
        Map<String, Prf> f = new LinkedHashMap<>();
        FRAME_CLASSES.forEach(x -> f.put(x, Prf.ZERO));
        return new Figures(0, p, Prf.ZERO, f, 0);
    }

    Figures add(LabeledSnippet gold, Transitions predicted) {
        Map<String, Prf> p = new LinkedHashMap<>(pillars);
        for (String pillar : ThemeVocabulary.PILLARS) {
            p.merge(pillar, one(gold.pillars().contains(pillar), predicted.pillars().contains(pillar)), Prf::plus);
        }
        Set<String> goldThemes = new HashSet<>(gold.themes());
        Set<String> predThemes = new HashSet<>(predicted.topics());
        int tp = (int) predThemes.stream().filter(goldThemes::contains).count();
        Prf t = themes.plus(new Prf(tp, predThemes.size() - tp, goldThemes.size() - tp));
        String g = gold.frame() == null ? NO_FRAME : gold.frame();
        String d = predicted.frame() == null ? NO_FRAME : predicted.frame();
        Map<String, Prf> f = new LinkedHashMap<>(frames);
        for (String c : FRAME_CLASSES) {
            f.merge(c, one(g.equals(c), d.equals(c)), Prf::plus);
        }
        return new Figures(n + 1, p, t, f, frameCorrect + (g.equals(d) ? 1 : 0));
    }

    private static Prf one(boolean expected, boolean predicted) {
        return new Prf(expected && predicted ? 1 : 0, !expected && predicted ? 1 : 0, expected && !predicted ? 1 : 0);
    }

    public Prf pillarMicro() {
        return pillars.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    public double pillarMacroPrecision() {
        return pillars.values().stream().mapToDouble(Prf::precision).average().orElse(0);
    }

    public double pillarMacroRecall() {
        return pillars.values().stream().mapToDouble(Prf::recall).average().orElse(0);
    }

    public double pillarMacroF1() {
        return pillars.values().stream().mapToDouble(Prf::f1).average().orElse(0);
    }

    public double frameAccuracy() {
        return n == 0 ? 0 : (double) frameCorrect / n;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%3d  pillars micro-F1=%.3f macro-F1=%.3f  themes micro-F1=%.3f  frame acc=%.3f",
                n, pillarMicro().f1(), pillarMacroF1(), themes.f1(), frameAccuracy());
    }
}
