package io.vigie.ingest.gdelt;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** GDELT writes languages and countries as English names; events carry ISO codes. */
final class GdeltNames {
    private static final Map<String, String> LANGUAGES = new HashMap<>();
    private static final Map<String, String> COUNTRIES = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
            if (code.length() == 2 && !name.isBlank()) {
                LANGUAGES.putIfAbsent(key(name), code);
            }
        }
        // GDELT's spellings that differ from the JDK's English display names.
        LANGUAGES.put(key("Chinese"), "zh");
        LANGUAGES.put(key("Norwegian"), "no");
        LANGUAGES.put(key("Farsi"), "fa");
        LANGUAGES.put(key("Persian"), "fa");
        LANGUAGES.put(key("Malay"), "ms");
        LANGUAGES.put(key("Slovene"), "sl");
        LANGUAGES.put(key("Hebrew"), "he");
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.putIfAbsent(key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map<String, String> aliases = Map.ofEntries(
                Map.entry("Czech Republic", "CZ"), Map.entry("Ivory Coast", "CI"), Map.entry("Cote d'Ivoire", "CI"),
                Map.entry("Burma", "MM"), Map.entry("Macedonia", "MK"), Map.entry("Swaziland", "SZ"),
                Map.entry("Vatican City", "VA"), Map.entry("Democratic Republic of the Congo", "CD"),
                Map.entry("Republic of the Congo", "CG"), Map.entry("East Timor", "TL"), Map.entry("Cape Verde", "CV"),
                Map.entry("Palestine", "PS"), Map.entry("Gaza Strip", "PS"), Map.entry("West Bank", "PS"),
                Map.entry("Bosnia-Herzegovina", "BA"), Map.entry("Bosnia and Herzegovina", "BA"),
                Map.entry("Hong Kong", "HK"), Map.entry("Macau", "MO"), Map.entry("South Korea", "KR"),
                Map.entry("North Korea", "KP"), Map.entry("Russia", "RU"), Map.entry("Vietnam", "VN"),
                Map.entry("Laos", "LA"), Map.entry("Syria", "SY"), Map.entry("Iran", "IR"), Map.entry("Taiwan", "TW"),
                Map.entry("Turkey", "TR"), Map.entry("United States", "US"), Map.entry("United Kingdom", "GB"),
                Map.entry("Moldova", "MD"), Map.entry("Tanzania", "TZ"), Map.entry("Bolivia", "BO"),
                Map.entry("Venezuela", "VE"), Map.entry("Brunei", "BN"), Map.entry("Micronesia", "FM"));
        aliases.forEach((name, code) -> COUNTRIES.put(key(name), code));
    }

    private GdeltNames() {
    }

    /** "French" to "fr"; null when unknown or blank. */
    static String language(String name) {
        return name == null || name.isBlank() ? null : LANGUAGES.get(key(name));
    }

    /** "France" to "FR"; null when unknown or blank. */
    static String country(String name) {
        return name == null || name.isBlank() ? null : COUNTRIES.get(key(name));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
