package io.vigie.enrich.territory;

import java.util.regex.Pattern;

/**
 * Readings that depend on the punctuation around a name, which tokens drop: a dateline colon, a hyphenated
 * compound, a title that the feed repeats as the start of the text. Pure static functions.
 */
final class RawContext {
    /** "Cassis : ...", "Vitrolles – ...": the place a local story is filed from. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?::|–|—|-\\s)");
    /** "Marseille-en-Beauvaisis", "Aix-les-Bains": a longer place name the gazetteer does not hold. */
    private static final Pattern COMPOUND = Pattern.compile("^-(?:(?:en|sur|sous|les|lès|lez|le|la|aux|du|de)-|d['’])\\p{L}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Marseille-style fish soup", "Marseille-inspired": a way of doing things named after the place. */
    private static final Pattern STYLE = Pattern.compile("^-(?:style|inspired|themed|type|artig|stil)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RawContext() {
    }

    /**
     * The text, or nothing when it only repeats the title. Feeds deliver a bare headline as title and text: counted
     * twice, it would weigh as if a lead confirmed it. A title that opens a longer text stays, since the title, lead
     * and body weights were calibrated on text assembled that way (the real lead then reads as body).
     */
    static String withoutEchoedTitle(String title, String text) {
        if (text == null) {
            return "";
        }
        String t = title == null ? "" : title.strip();
        return !t.isEmpty() && text.strip().equals(t) ? "" : text;
    }

    /** The name opens its section and a colon or dash follows it. */
    static boolean dateline(String sectionText, Token first, Token last) {
        return sectionText.substring(0, first.start()).isBlank() && DATELINE.matcher(sectionText.substring(last.end())).find();
    }

    /** A hyphenated "-en-", "-sur-", "-les-"... follows the name: part of another place's name. */
    static boolean compoundElsewhere(String sectionText, Token last) {
        return COMPOUND.matcher(sectionText.substring(last.end())).find();
    }

    /** A hyphenated "-style", "-inspired" follows the name: a style, not the place. */
    static boolean styleSuffix(String sectionText, Token last) {
        return STYLE.matcher(sectionText.substring(last.end())).find();
    }
}
