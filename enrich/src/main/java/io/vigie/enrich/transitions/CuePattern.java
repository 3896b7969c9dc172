package io.vigie.enrich.transitions;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of folded words, each matched exactly or by affix: {@code renouvelable*} (prefix, a
 * light stemmer that also covers plurals and inflections), {@code *wasserstoff*} (infix, for German
 * compounds), {@code *strom} (suffix); a lone {@code *} matches any one word.
 */
final class CuePattern {
    private final String text;
    private final List<Part> parts;

    private CuePattern(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** @throws IllegalArgumentException when the pattern has no word or a word is only stars */
    static CuePattern parse(String raw) {
        String folded = Folding.fold(raw).replace('-', ' ').replace('\'', ' ').replace('’', ' ').strip();
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("empty cue pattern");
        }
        List<Part> parts = new ArrayList<>();
        for (String w : folded.split("\\s+")) {
            if (w.equals("*")) {
                parts.add(new Part("", Kind.ANY));
                continue;
            }
            boolean lead = w.startsWith("*");
            boolean trail = w.endsWith("*");
            String core = w.substring(lead ? 1 : 0, trail ? w.length() - 1 : w.length());
            if (core.isEmpty() || core.contains("*")) {
                throw new IllegalArgumentException("bad cue word '" + w + "' in pattern '" + raw + "'");
            }
            Kind kind = lead && trail ? Kind.INFIX : lead ? Kind.SUFFIX : trail ? Kind.PREFIX : Kind.EXACT;
            parts.add(new Part(core, kind));
        }
        if (parts.get(0).kind() == Kind.ANY || parts.get(parts.size() - 1).kind() == Kind.ANY) {
            throw new IllegalArgumentException("cue pattern '" + raw + "' cannot start or end with a lone *");
        }
        return new CuePattern(folded, List.copyOf(parts));
    }

    String text() {
        return text;
    }

    int length() {
        return parts.size();
    }

    /** The exact first word, or null when the first word is an affix (such patterns are tried everywhere). */
    String exactHead() {
        Part head = parts.get(0);
        return head.kind() == Kind.EXACT ? head.core() : null;
    }

    /** Whether the pattern matches the words starting at {@code at}; never across the title/body seam. */
    boolean matchesAt(List<Word> words, int at) {
        if (at + parts.size() > words.size()) {
            return false;
        }
        boolean title = words.get(at).title();
        for (int k = 0; k < parts.size(); k++) {
            Word w = words.get(at + k);
            if (w.title() != title || !parts.get(k).matches(w.norm())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }

    private enum Kind { EXACT, PREFIX, SUFFIX, INFIX, ANY }

    private record Part(String core, Kind kind) {
        boolean matches(String word) {
            return switch (kind) {
                case EXACT -> word.equals(core);
                case PREFIX -> word.startsWith(core);
                case SUFFIX -> word.endsWith(core);
                case INFIX -> word.contains(core);
                case ANY -> true;
            };
        }
    }
}
