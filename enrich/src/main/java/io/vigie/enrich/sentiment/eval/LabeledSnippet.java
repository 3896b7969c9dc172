package io.vigie.enrich.sentiment.eval;

/** A news snippet labeled with its sentiment toward the territory. */
public record LabeledSnippet(String id, String language, String label, String title, String text) {
}
