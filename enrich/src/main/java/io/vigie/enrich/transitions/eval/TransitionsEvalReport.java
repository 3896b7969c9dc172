package io.vigie.enrich.transitions.eval;

import io.vigie.enrich.transitions.NewsThemes;
import io.vigie.enrich.transitions.ThemeVocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures of the transitions classifier on one labeled set.
 *
 * @param name       set name
 * @param overall    the whole set
 * @param byLanguage per ISO 639-1 language
 * @param errors     one line per item with a wrong pillar set, news theme set or frame
 */
public record TransitionsEvalReport(String name, Figures overall, Map<String, Figures> byLanguage, List<String> errors) {

    public TransitionsEvalReport {
        byLanguage = Map.copyOf(byLanguage);
        errors = List.copyOf(errors);
    }

    public String format() {
        StringBuilder sb = new StringBuilder("== transitions, ").append(name).append('\n');
        sb.append("  ").append(overall.summary()).append('\n');
        sb.append("  pillars micro ").append(overall.pillarMicro().format()).append('\n');
        sb.append(String.format(Locale.ROOT, "  pillars macro P=%.3f R=%.3f F1=%.3f%n", overall.pillarMacroPrecision(),
                overall.pillarMacroRecall(), overall.pillarMacroF1()));
        for (String p : ThemeVocabulary.PILLARS) {
            sb.append(String.format(Locale.ROOT, "    %-14s", p)).append(overall.pillars().get(p).format()).append('\n');
        }
        sb.append("  topics micro  ").append(overall.topics().format()).append('\n');
        sb.append("  themes micro  ").append(overall.themeMicro().format()).append('\n');
        sb.append(String.format(Locale.ROOT, "  themes macro P=%.3f R=%.3f F1=%.3f%n", overall.themeMacroPrecision(),
                overall.themeMacroRecall(), overall.themeMacroF1()));
        for (String t : NewsThemes.ALL) {
            sb.append(String.format(Locale.ROOT, "    %-20s", t)).append(overall.themes().get(t).format()).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "  frame accuracy %.3f%n", overall.frameAccuracy()));
        for (String c : Figures.FRAME_CLASSES) {
            sb.append(String.format(Locale.ROOT, "    %-14s", c)).append(overall.frames().get(c).format()).append('\n');
        }
        byLanguage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                sb.append(String.format(Locale.ROOT, "  %-3s ", e.getKey())).append(e.getValue().summary()).append('\n'));
        sb.append("  errors: ").append(errors.size()).append('\n');
        errors.forEach(e -> sb.append("    ").append(e).append('\n'));
        return sb.toString();
    }
}
