package io.vigie.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the territory named through its demonyms ("la politique marseillaise", "l'armateur marseillais",
 * "der Marseiller Hafen", "la cité phocéenne"): the place recognizer looks for place names, yet press
 * coverage often portrays the city through its adjective. These spans are targets for sentiment only.
 * Thread-safe.
 */
public final class DemonymFinder {
    /** Adjectives and nouns of the residents of Marseille and the larger communes, in five languages. */
    private static final Pattern DEMONYM = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])("
                    + "marseill(?:ais|aise|aises|er|erin|erinnen)"
                    + "|phocéen(?:ne|nes|s)?"
                    + "|marsigli(?:ese|esi)"
                    + "|marsell(?:és|esa|esas|eses)"
                    + "|aixois(?:e|es)?|aubagnais(?:e|es)?|ciotaden(?:ne|nes|s)?|martégal(?:e|es)?|martégaux"
                    + "|istréen(?:ne|nes|s)?|vitrollais(?:e|es)?|marignanais(?:e|es)?|salonais(?:e|es)?"
                    + "|gardannais(?:e|es)?|cassidain(?:e|es|s)?|fosséen(?:ne|nes|s)?"
                    + ")(?![\\p{L}\\p{N}])");
    /** The national anthem is named by the capitalised feminine singular: "la Marseillaise", "la Marsigliese". */
    private static final Pattern ANTHEM = Pattern.compile("Marseillaise|Marsigliese|Marsellesa|MARSEILLAISE");

    private DemonymFinder() {
    }

    /** Demonym spans in {@code text} (offsets into it), none for the anthem. */
    public static List<TargetSpan> find(String text) {
        List<TargetSpan> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = DEMONYM.matcher(text);
        while (m.find()) {
            if (!ANTHEM.matcher(m.group(1)).matches()) {
                out.add(new TargetSpan(m.start(1), m.end(1), false));
            }
        }
        return out;
    }

    /** {@code targets} plus the demonyms of {@code text} that none of them already covers. */
    public static List<TargetSpan> withDemonyms(String text, List<TargetSpan> targets) {
        List<TargetSpan> out = new ArrayList<>(targets);
        for (TargetSpan d : find(text)) {
            boolean covered = targets.stream().anyMatch(t -> t.start() < d.end() && t.end() > d.start());
            if (!covered) {
                out.add(d);
            }
        }
        return out;
    }
}
