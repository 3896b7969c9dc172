package io.vigie.enrich.analyze;

import io.vigie.enrich.sentiment.SentimentInput;
import io.vigie.enrich.sentiment.TargetSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a document names the analysis target. With offsets (UTF-16 units as in Java and JavaScript, or
 * code points as in Python, whichever points at the target), exactly that occurrence; without, every
 * case- and accent-insensitive occurrence of the target string in title and text that stands as whole
 * words ("Total" does not match "totally"). Offsets are returned in {@link SentimentInput#document}.
 */
public final class TargetLocator {
    private TargetLocator() {
    }

    /**
     * @throws IllegalArgumentException when offsets are given but the text there is not the target
     */
    public static List<TargetSpan> locate(String title, String text, String target, Integer from, Integer to) {
        if (target == null || target.isBlank()) {
            return List.of();
        }
        int shift = bodyOffset(title);
        if (from != null && to != null) {
            String at = text.substring(from, to);
            if (same(at, target)) {
                return List.of(new TargetSpan(shift + from, shift + to, false));
            }
            // Java and JavaScript count UTF-16 units, Python counts code points: they differ after an emoji
            int cpTo = text.codePointCount(0, text.length()) >= to ? text.offsetByCodePoints(0, to) : -1;
            if (cpTo > 0) {
                int cpFrom = text.offsetByCodePoints(0, from);
                if (same(text.substring(cpFrom, cpTo), target)) {
                    return List.of(new TargetSpan(shift + cpFrom, shift + cpTo, false));
                }
            }
            throw new IllegalArgumentException("text[" + from + "," + to + ") is '" + at
                    + "', not the target '" + target + "'");
        }
        String document = SentimentInput.document(title, text);
        String hay = Folding.fold(document);
        String needle = Folding.fold(target.strip());
        List<TargetSpan> spans = new ArrayList<>();
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            if (boundary(document, i - 1) && boundary(document, end)) {
                spans.add(new TargetSpan(i, end, false));
                i = end - 1;
            }
        }
        return List.copyOf(spans);
    }

    private static boolean same(String at, String target) {
        return Folding.fold(at.strip()).equals(Folding.fold(target.strip()));
    }

    /** Where {@code text} starts in the document: after the stripped title and a blank line. */
    static int bodyOffset(String title) {
        return title == null || title.isBlank() ? 0 : title.strip().length() + 2;
    }

    private static boolean boundary(String document, int i) {
        return i < 0 || i >= document.length() || !Character.isLetterOrDigit(document.charAt(i));
    }
}
