package io.vigie.enrich.language;

import io.vigie.model.LanguageGuess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Detects the ISO 639-1 language of a text, using declared languages (html lang, feed language,
 * outlet language) when the text is too short or the model unsure.
 *
 * <p>OpenNLP 2.5's {@code LanguageDetectorME} is not documented as thread-safe (the thread-safety
 * work of OPENNLP-1816 lands in 3.0), so this uses OpenNLP's {@link ThreadSafeLanguageDetectorME}:
 * one {@code LanguageDetectorME} per thread, all sharing the one immutable model. Stream threads are
 * long-lived, so the per-thread instances are created once per thread.
 *
 * <p>The model's raw probabilities are spread over 103 languages (the winner of a clear 150-char
 * paragraph gets about 0.35), so the reported confidence is the margin {@code 1 - p2/p1} between the
 * two best languages after folding ISO 639-3 variants into their 639-1 code.
 */
public final class LanguageDetector {
    public static final String METHOD_MODEL = "model";
    public static final String METHOD_HINT = "hint";
    public static final String METHOD_MODEL_AND_HINT = "model+hint";
    public static final String METHOD_NONE = "none";

    /** Confidence given to a declared language the model could not confirm. */
    static final double HINT_ONLY_CONFIDENCE = 0.4;
    /** Confidence floor when a short text's model ranking agrees with a declared language. */
    static final double AGREEMENT_CONFIDENCE = 0.6;

    private final ThreadSafeLanguageDetectorME model;
    private final LanguageDetectionSettings settings;

    public LanguageDetector(LanguageDetectorModel model, LanguageDetectionSettings settings) {
        this.model = new ThreadSafeLanguageDetectorME(Objects.requireNonNull(model, "model"));
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A detector on the shared langdetect-183 model with default settings. */
    public static LanguageDetector withDefaults() {
        return new LanguageDetector(LangdetectModel.shared(), LanguageDetectionSettings.DEFAULTS);
    }

    public LanguageDetectionSettings settings() {
        return settings;
    }

    /**
     * @param text  the text to classify (only the first {@code maxChars} characters are used)
     * @param hints declared languages, most trusted first, in any common form ("fr-FR", "fra")
     */
    public LanguageGuess detect(String text, List<String> hints) {
        List<String> declared = normalize(hints);
        String sample = prefix(text == null ? "" : text.strip(), settings.maxChars());
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return declared.isEmpty()
                    ? new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, METHOD_NONE)
                    : new LanguageGuess(declared.getFirst(), HINT_ONLY_CONFIDENCE, METHOD_HINT);
        }
        List<Candidate> ranking = rank(model.predictLanguages(sample));
        Candidate top = ranking.getFirst();
        double confidence = ranking.size() < 2 ? 1.0 : 1.0 - ranking.get(1).probability() / top.probability();
        boolean trusted = sample.length() >= settings.shortTextChars() && confidence >= settings.minConfidence();

        if (trusted) {
            return new LanguageGuess(top.code(), round(confidence),
                    declared.contains(top.code()) ? METHOD_MODEL_AND_HINT : METHOD_MODEL);
        }
        if (!declared.isEmpty()) {
            return fromHints(declared, ranking, confidence);
        }
        if (confidence < settings.undeterminedBelow()) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, round(confidence), METHOD_MODEL);
        }
        return new LanguageGuess(top.code(), round(confidence), METHOD_MODEL);
    }

    private LanguageGuess fromHints(List<String> declared, List<Candidate> ranking, double topConfidence) {
        int limit = Math.min(settings.hintCandidates(), ranking.size());
        for (int rank = 0; rank < limit; rank++) {
            String code = ranking.get(rank).code();
            if (declared.contains(code)) {
                double confidence = rank == 0 ? Math.max(topConfidence, AGREEMENT_CONFIDENCE) : HINT_ONLY_CONFIDENCE + 0.1;
                return new LanguageGuess(code, round(confidence), METHOD_MODEL_AND_HINT);
            }
        }
        return new LanguageGuess(declared.getFirst(), HINT_ONLY_CONFIDENCE, METHOD_HINT);
    }

    /** Folds ISO 639-3 variants (deu, gsw) into one 639-1 entry; keeps unmappable ones apart. */
    private static List<Candidate> rank(Language[] languages) {
        Map<String, Double> byCode = new LinkedHashMap<>();
        for (Language language : languages) {
            String iso1 = IsoLanguageCodes.toIso1(language.getLang());
            String key = LanguageGuess.UNDETERMINED.equals(iso1) ? "und:" + language.getLang() : iso1;
            byCode.merge(key, language.getConfidence(), Double::sum);
        }
        List<Candidate> ranking = new ArrayList<>(byCode.size());
        byCode.forEach((key, probability) -> ranking.add(new Candidate(
                key.startsWith("und:") ? LanguageGuess.UNDETERMINED : key, probability)));
        ranking.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return ranking;
    }

    private static List<String> normalize(List<String> hints) {
        if (hints == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String hint : hints) {
            IsoLanguageCodes.fromHint(hint).ifPresent(codes::add);
        }
        return List.copyOf(codes);
    }

    private static String prefix(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private record Candidate(String code, double probability) {
    }
}
