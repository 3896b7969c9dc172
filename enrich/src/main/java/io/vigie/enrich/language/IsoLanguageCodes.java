package io.vigie.enrich.language;

import io.vigie.model.LanguageGuess;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/** Maps the model's ISO 639-3 codes and free-form page/feed language tags to ISO 639-1. */
public final class IsoLanguageCodes {
    private static final Map<String, String> ISO3_TO_ISO1 = build();

    private IsoLanguageCodes() {
    }

    /** ISO 639-1 code for an ISO 639-3 (or 639-2) code, or {@link LanguageGuess#UNDETERMINED}. */
    public static String toIso1(String iso3) {
        if (iso3 == null) {
            return LanguageGuess.UNDETERMINED;
        }
        return ISO3_TO_ISO1.getOrDefault(iso3.toLowerCase(Locale.ROOT), LanguageGuess.UNDETERMINED);
    }

    /**
     * Normalizes a declared language ("fr-FR", "fr_fr", "FR", "fra", "fre") to ISO 639-1; empty
     * for anything else, since a hint we cannot read must not steer detection.
     */
    public static Optional<String> fromHint(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        String primary = hint.trim().toLowerCase(Locale.ROOT).split("[-_.@\\s]", 2)[0];
        if (primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && ISO3_TO_ISO1.containsValue(primary)) {
            return Optional.of(primary);
        }
        if (primary.length() == 3) {
            String iso1 = toIso1(primary);
            return LanguageGuess.UNDETERMINED.equals(iso1) ? Optional.empty() : Optional.of(iso1);
        }
        return Optional.empty();
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(iso1).getISO3Language(), iso1);
            } catch (MissingResourceException ignored) {
                // the JDK knows no 3-letter form for this code: nothing to map
            }
        }
        // ISO 639-2/B bibliographic codes still found in feeds
        map.put("fre", "fr");
        map.put("ger", "de");
        map.put("dut", "nl");
        map.put("chi", "zh");
        map.put("gre", "el");
        map.put("per", "fa");
        map.put("cze", "cs");
        // langdetect-183 emits individual languages of macrolanguages; fold them into the
        // macrolanguage's 639-1 code. Swiss German (gsw) is folded into de because the model
        // often ranks it next to deu on short standard-German headlines.
        map.put("cmn", "zh");
        map.put("nan", "zh");
        map.put("pes", "fa");
        map.put("lvs", "lv");
        map.put("ekk", "et");
        map.put("pnb", "pa");
        map.put("plt", "mg");
        map.put("gsw", "de");
        return Map.copyOf(map);
    }
}
