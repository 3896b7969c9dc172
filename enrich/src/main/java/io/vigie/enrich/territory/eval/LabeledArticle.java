package io.vigie.enrich.territory.eval;

/** One hand-labeled item: is this title + snippet about Aix-Marseille-Provence? */
public record LabeledArticle(boolean relevant, String language, String source, String title, String text, String why) {
}
