package io.vigie.enrich.sentiment;

/**
 * Marks which characters are inside quotation marks. Guillemets and German „…“ nest by their own
 * direction; straight double quotes toggle. A paragraph break closes any quote left open, so one
 * stray mark cannot make a whole article "quoted".
 */
final class QuoteMarker {

    private QuoteMarker() {
    }

    static boolean[] mark(String text, String language) {
        boolean[] quoted = new boolean[text.length()];
        int depth = 0;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«', '„', '‹' -> depth++;
                case '»', '›', '”' -> depth = Math.max(0, depth - 1);
                case '“' -> depth = "de".equals(language) && depth > 0 ? depth - 1 : depth + 1;
                case '"' -> straight = !straight;
                case '\n' -> {
                    depth = 0;
                    straight = false;
                }
                default -> { }
            }
            quoted[i] = depth > 0 || straight;
        }
        return quoted;
    }
}
