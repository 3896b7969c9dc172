package io.vigie.enrich.transitions.eval;

import io.vigie.enrich.eval.Prf;
import io.vigie.enrich.transitions.NewsThemes;
import io.vigie.enrich.transitions.ThemeVocabulary;
import io.vigie.model.Transitions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts over a set of items: per pillar (multi-label), fine topics pooled (micro), per broad news
 * theme (multi-label), and the frame as a three-way decision (forefront, lagging, none).
 *
 * @param n            items
 * @param pillars      per pillar
 * @param topics       all fine topics pooled
 * @param themes       per broad news theme
 * @param frames       per frame class, "none" included
 * @param frameCorrect items whose frame (or absence of frame) was right
 */
public record Figures(int n, Map<String, Prf> pillars, Prf topics, Map<String, Prf> themes, Map<String, Prf> frames,
                      int frameCorrect) {
    public static final String NO_FRAME = "none";
    static final List<String> FRAME_CLASSES = List.of(Transitions.FOREFRONT, Transitions.LAGGING, NO_FRAME);

    public Figures {
        pillars = Map.copyOf(pillars);
        themes = Map.copyOf(themes);
        frames = Map.copyOf(frames);
    }

    static Figures empty() {
        Map<String, Prf> p = new LinkedHashMap<>();
        ThemeVocabulary.PILLARS.forEach(x -> p.put(x, Prf.ZERO));
        Map<String, Prf> t = new LinkedHashMap<>();
        NewsThemes.ALL.forEach(x -> t.put(x, Prf.ZERO));
        Map<String, Prf> f = new LinkedHashMap<>();
        FRAME_CLASSES.forEach(x -> f.put(x, Prf.ZERO));
        return new Figures(0, p, Prf.ZERO, t, f, 0);
    }

    Figures add(LabeledSnippet gold, Transitions predicted) {
        Map<String, Prf> p = new LinkedHashMap<>(pillars);
        for (String pillar : ThemeVocabulary.PILLARS) {
            p.merge(pillar, one(gold.pillars().contains(pillar), predicted.pillars().contains(pillar)), Prf::plus);
        }
        Set<String> goldTopics = new HashSet<>(gold.topics());
        Set<String> predTopics = new HashSet<>(predicted.topics());
        int tp = (int) predTopics.stream().filter(goldTopics::contains).count();
        Prf topic = topics.plus(new Prf(tp, predTopics.size() - tp, goldTopics.size() - tp));
        Map<String, Prf> t = new LinkedHashMap<>(themes);
        for (String theme : NewsThemes.ALL) {
            t.merge(theme, one(gold.themes().contains(theme), predicted.themes().contains(theme)), Prf::plus);
        }
        String g = gold.frame() == null ? NO_FRAME : gold.frame();
        String d = predicted.frame() == null ? NO_FRAME : predicted.frame();
        Map<String, Prf> f = new LinkedHashMap<>(frames);
        for (String c : FRAME_CLASSES) {
            f.merge(c, one(g.equals(c), d.equals(c)), Prf::plus);
        }
        return new Figures(n + 1, p, topic, t, f, frameCorrect + (g.equals(d) ? 1 : 0));
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

    public Prf themeMicro() {
        return themes.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    /** Over the themes that occur in the gold labels or the predictions, so an unused label does not count as perfect. */
    public double themeMacroPrecision() {
        return usedThemes().stream().mapToDouble(Prf::precision).average().orElse(0);
    }

    public double themeMacroRecall() {
        return usedThemes().stream().mapToDouble(Prf::recall).average().orElse(0);
    }

    public double themeMacroF1() {
        return usedThemes().stream().mapToDouble(Prf::f1).average().orElse(0);
    }

    private List<Prf> usedThemes() {
        return themes.values().stream().filter(x -> x.tp() + x.fp() + x.fn() > 0).toList();
    }

    public double frameAccuracy() {
        return n == 0 ? 0 : (double) frameCorrect / n;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%3d  pillars micro-F1=%.3f macro-F1=%.3f  topics micro-F1=%.3f  "
                        + "themes micro P/R/F1=%.3f/%.3f/%.3f macro P/R/F1=%.3f/%.3f/%.3f  frame acc=%.3f",
                n, pillarMicro().f1(), pillarMacroF1(), topics.f1(), themeMicro().precision(), themeMicro().recall(),
                themeMicro().f1(), themeMacroPrecision(), themeMacroRecall(), themeMacroF1(), frameAccuracy());
    }
}
