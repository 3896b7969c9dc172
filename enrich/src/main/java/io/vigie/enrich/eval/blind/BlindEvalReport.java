package io.vigie.enrich.eval.blind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores of the production enricher on the blind set, and the errors behind them. Sentiment, pillars
 * and frame are scored on gold-relevant items, since they describe how the territory is portrayed;
 * sentiment and frame are also given over all items, where the gold for off-territory items is
 * neutral / none.
 */
public final class BlindEvalReport {
    public static final int LONG_TEXT_WORDS = 20;
    static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");
    static final List<String> PILLARS = List.of("economic", "environmental", "social");
    static final List<String> FRAMES = List.of("forefront", "lagging", "none");
    private static final String NL = System.lineSeparator();

    private final String resource;
    private final String sha256;
    private final List<BlindOutcome> outcomes;

    public BlindEvalReport(String sha256, List<BlindOutcome> outcomes) {
        this(BlindSet.RESOURCE, sha256, outcomes);
    }

    public BlindEvalReport(String resource, String sha256, List<BlindOutcome> outcomes) {
        this.resource = resource;
        this.sha256 = sha256;
        this.outcomes = List.copyOf(outcomes);
    }

    /** Classpath resource of the evaluated set. */
    public String resource() {
        return resource;
    }

    public String sha256() {
        return sha256;
    }

    public List<BlindOutcome> outcomes() {
        return outcomes;
    }

    public int evaluated() {
        return outcomes.size();
    }

    public long failures() {
        return outcomes.stream().filter(o -> o.predicted().failedToEnrich()).count();
    }

    public double languageAccuracy() {
        return languageAccuracy(o -> true);
    }

    public double languageAccuracyLongTexts() {
        return languageAccuracy(o -> o.gold().wordCount() >= LONG_TEXT_WORDS);
    }

    private double languageAccuracy(Predicate<BlindOutcome> filter) {
        List<BlindOutcome> subset = outcomes.stream().filter(filter).toList();
        long correct = subset.stream().filter(o -> o.gold().lang().equals(o.predicted().lang())).count();
        return Ratios.of((int) correct, subset.size());
    }

    public BinaryScore relevance() {
        return relevance(o -> true);
    }

    public Map<String, BinaryScore> relevanceByLanguage() {
        return byLanguage(this::relevance);
    }

    private BinaryScore relevance(Predicate<BlindOutcome> filter) {
        BinaryScore score = new BinaryScore();
        outcomes.stream().filter(filter).forEach(o -> score.add(o.gold().relevant(), o.predicted().relevant()));
        return score;
    }

    /** Sentiment on items the labeler judged about the territory. */
    public ClassConfusion sentimentOnRelevant() {
        return sentiment(o -> o.gold().relevant());
    }

    /** Sentiment where both gold and system agree the item is relevant: sentiment quality alone. */
    public ClassConfusion sentimentOnBothRelevant() {
        return sentiment(o -> o.gold().relevant() && o.predicted().relevant());
    }

    public ClassConfusion sentimentOverall() {
        return sentiment(o -> true);
    }

    public Map<String, ClassConfusion> sentimentOnRelevantByLanguage() {
        return byLanguage(lang -> sentiment(lang.and(o -> o.gold().relevant())));
    }

    private ClassConfusion sentiment(Predicate<BlindOutcome> filter) {
        ClassConfusion confusion = new ClassConfusion(SENTIMENTS);
        outcomes.stream().filter(filter).forEach(o -> confusion.add(o.gold().sentiment(), o.predicted().sentiment()));
        return confusion;
    }

    public MultiLabelScore pillarsOnRelevant() {
        MultiLabelScore score = new MultiLabelScore(PILLARS);
        relevantOutcomes().forEach(o -> score.add(o.gold().pillars(), o.predicted().pillars()));
        return score;
    }

    public ClassConfusion frameOnRelevant() {
        return frame(o -> o.gold().relevant());
    }

    public ClassConfusion frameOverall() {
        return frame(o -> true);
    }

    private ClassConfusion frame(Predicate<BlindOutcome> filter) {
        ClassConfusion confusion = new ClassConfusion(FRAMES);
        outcomes.stream().filter(filter).forEach(o -> confusion.add(o.gold().frame(), o.predicted().frame()));
        return confusion;
    }

    private List<BlindOutcome> relevantOutcomes() {
        return outcomes.stream().filter(o -> o.gold().relevant()).toList();
    }

    private <T> Map<String, T> byLanguage(java.util.function.Function<Predicate<BlindOutcome>, T> scorer) {
        Map<String, T> result = new TreeMap<>();
        outcomes.stream().map(o -> o.gold().lang()).distinct().sorted()
                .forEach(lang -> result.put(lang, scorer.apply(o -> o.gold().lang().equals(lang))));
        return result;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("blind test set (").append(resource.startsWith("/") ? resource.substring(1) : resource)
                .append(" sha256 ").append(sha256, 0, 12).append("…): ")
                .append(evaluated()).append(" items evaluated, ").append(failures()).append(" enrichment failures")
                .append(NL);
        Map<String, Long> perLang = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.gold().lang(), TreeMap::new, Collectors.counting()));
        out.append("  items per language ").append(perLang).append(", gold relevant ")
                .append(relevantOutcomes().size()).append(NL);
        formatFailures(out);
        formatLanguage(out);
        formatRelevance(out);
        formatSentiment(out);
        formatPillars(out);
        formatFrame(out);
        return out.toString();
    }

    private void formatFailures(StringBuilder out) {
        outcomes.stream().filter(o -> o.predicted().failedToEnrich()).forEach(o ->
                out.append("  FAILED ").append(o.gold().id()).append(": ").append(o.predicted().failure()).append(NL));
    }

    private void formatLanguage(StringBuilder out) {
        long longTexts = outcomes.stream().filter(o -> o.gold().wordCount() >= LONG_TEXT_WORDS).count();
        out.append(NL).append(String.format(Locale.ROOT, "LANGUAGE (no hints): accuracy=%.3f n=%d | on texts >= %d "
                        + "words: accuracy=%.3f n=%d%n", languageAccuracy(), evaluated(), LONG_TEXT_WORDS,
                languageAccuracyLongTexts(), longTexts));
        outcomes.stream().filter(o -> !o.gold().lang().equals(o.predicted().lang())).forEach(o ->
                out.append(String.format(Locale.ROOT, "  error %s gold=%s predicted=%s words=%d \"%s\"%n",
                        o.gold().id(), o.gold().lang(), o.predicted().lang(), o.gold().wordCount(),
                        shorten(o.gold().title(), 90))));
    }

    private void formatRelevance(StringBuilder out) {
        out.append(NL).append("RELEVANCE: ").append(relevance().format()).append(NL);
        relevanceByLanguage().forEach((lang, score) ->
                out.append("  ").append(lang).append(": ").append(score.format()).append(NL));
        out.append("  bare headlines: ").append(relevance(o -> o.gold().lead().isEmpty()).format()).append(NL);
        out.append("  with a lead:    ").append(relevance(o -> !o.gold().lead().isEmpty()).format()).append(NL);
        out.append("  false negatives (about the territory, missed):").append(NL);
        outcomes.stream().filter(o -> o.gold().relevant() && !o.predicted().relevant())
                .forEach(o -> out.append(errorLine(o)));
        out.append("  false positives (not about the territory, kept):").append(NL);
        outcomes.stream().filter(o -> !o.gold().relevant() && o.predicted().relevant())
                .forEach(o -> out.append(errorLine(o)));
    }

    private void formatSentiment(StringBuilder out) {
        out.append(NL).append("SENTIMENT toward the territory, on gold-relevant items:").append(NL)
                .append(sentimentOnRelevant().format("  "));
        out.append("  per language (gold-relevant):").append(NL);
        sentimentOnRelevantByLanguage().forEach((lang, c) -> out.append(String.format(Locale.ROOT,
                "    %s: macro-F1=%.3f accuracy=%.3f n=%d%n", lang, c.macroF1(), c.accuracy(), c.total())));
        ClassConfusion headlines = sentiment(o -> o.gold().relevant() && o.gold().lead().isEmpty());
        ClassConfusion withLead = sentiment(o -> o.gold().relevant() && !o.gold().lead().isEmpty());
        out.append(String.format(Locale.ROOT, "  bare headlines: macro-F1=%.3f accuracy=%.3f n=%d | with a lead: "
                        + "macro-F1=%.3f accuracy=%.3f n=%d%n", headlines.macroF1(), headlines.accuracy(),
                headlines.total(), withLead.macroF1(), withLead.accuracy(), withLead.total()));
        out.append("  on items both gold and system call relevant:").append(NL)
                .append(sentimentOnBothRelevant().format("  "));
        out.append("  overall (all items; gold neutral off-territory):").append(NL)
                .append(sentimentOverall().format("  "));
        out.append("  errors on gold-relevant items:").append(NL);
        relevantOutcomes().stream().filter(o -> !o.gold().sentiment().equals(o.predicted().sentiment()))
                .forEach(o -> out.append(String.format(Locale.ROOT, "    %s gold=%s predicted=%s%s \"%s\" %s%n",
                        o.gold().id(), o.gold().sentiment(), o.predicted().sentiment(),
                        o.predicted().relevant() ? "" : " (judged not relevant)", shorten(o.gold().title(), 90),
                        evidence(o, "sentiment"))));
    }

    private void formatPillars(StringBuilder out) {
        out.append(NL).append("PILLARS, on gold-relevant items:").append(NL).append(pillarsOnRelevant().format("  "));
        out.append("  errors:").append(NL);
        relevantOutcomes().stream().filter(o -> !o.gold().pillars().equals(o.predicted().pillars()))
                .forEach(o -> out.append(String.format(Locale.ROOT, "    %s gold=%s predicted=%s \"%s\"%n",
                        o.gold().id(), new java.util.TreeSet<>(o.gold().pillars()),
                        new java.util.TreeSet<>(o.predicted().pillars()), shorten(o.gold().title(), 90))));
    }

    private void formatFrame(StringBuilder out) {
        out.append(NL).append("FRAME, on gold-relevant items:").append(NL).append(frameOnRelevant().format("  "));
        ClassConfusion overall = frameOverall();
        out.append(String.format(Locale.ROOT, "  overall (all items): accuracy=%.3f macro-F1=%.3f n=%d%n",
                overall.accuracy(), overall.macroF1(), overall.total()));
        out.append("  errors on gold-relevant items:").append(NL);
        relevantOutcomes().stream().filter(o -> !o.gold().frame().equals(o.predicted().frame()))
                .forEach(o -> out.append(String.format(Locale.ROOT, "    %s gold=%s predicted=%s \"%s\" %s%n",
                        o.gold().id(), o.gold().frame(), o.predicted().frame(), shorten(o.gold().title(), 90),
                        evidence(o, "transitions"))));
    }

    private static String errorLine(BlindOutcome o) {
        return String.format(Locale.ROOT, "    %s [%s] score=%.2f \"%s\" %s%n", o.gold().id(), o.gold().lang(),
                o.predicted().relevance(), shorten(o.gold().title(), 90), evidence(o, "territory"));
    }

    private static String evidence(BlindOutcome o, String step) {
        String joined = o.predicted().evidence().stream().filter(e -> e.startsWith(step + ": "))
                .map(e -> e.substring(step.length() + 2)).collect(Collectors.joining("; "));
        return joined.isEmpty() ? "" : "{" + shorten(joined, 140) + "}";
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
