package io.vigie.model;

/**
 * A detected language.
 *
 * @param code       ISO 639-1 code, or "und" when undetermined
 * @param confidence 0..1
 * @param method     what decided it (model, hint, model+hint)
 */
public record LanguageGuess(String code, double confidence, String method) {
    public static final String UNDETERMINED = "und";
}
