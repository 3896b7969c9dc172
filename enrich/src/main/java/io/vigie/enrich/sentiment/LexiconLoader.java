package io.vigie.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds each language's {@link Lexicon} from the shipped resources (attribution beside each source
 * under {@code /sentiment/lexicons/}). General lexicons are averaged and scaled down by
 * {@code generalWeight}; the hand-made news lexicon overrides them, and the rule lists (negators,
 * modifiers, hedges, contrast) override both.
 */
public final class LexiconLoader {
    public static final Set<String> LANGUAGES = Set.of("fr", "en", "es", "it", "de");
    private static final String ROOT = "/sentiment/";

    private LexiconLoader() {
    }

    private record Source(String path, Format format, double scale) {
    }

    private enum Format { VADER, ARROW, TSV, PATTERN, UMIGON_POSITIVE, UMIGON_NEGATIVE }

    private static final Map<String, List<Source>> GENERAL = Map.of(
            "en", List.of(new Source("lexicons/vader_en/vader_lexicon.txt", Format.VADER, 4),
                    new Source("lexicons/afinn/AFINN-en-165.txt", Format.TSV, 5),
                    new Source("lexicons/afinn/AFINN-165-financialmarketnews.tsv", Format.TSV, 5)),
            "fr", List.of(new Source("lexicons/vader_fr/fr_lexicon_thomas7lieues.txt", Format.ARROW, 4),
                    new Source("lexicons/afinn/AFINN-fr-165.txt", Format.TSV, 5),
                    new Source("lexicons/pattern/fr-sentiment.xml", Format.PATTERN, 1),
                    new Source("lexicons/umigon/fr_positive.txt", Format.UMIGON_POSITIVE, 1),
                    new Source("lexicons/umigon/fr_negative.txt", Format.UMIGON_NEGATIVE, 1)),
            "es", List.of(new Source("lexicons/multilang_afinn_mt/afinn165_mt_es.tsv", Format.TSV, 5),
                    new Source("lexicons/umigon/es_positive.txt", Format.UMIGON_POSITIVE, 1),
                    new Source("lexicons/umigon/es_negative.txt", Format.UMIGON_NEGATIVE, 1)),
            "it", List.of(new Source("lexicons/pattern/it-sentiment.xml", Format.PATTERN, 1),
                    new Source("lexicons/multilang_afinn_mt/afinn165_mt_it.tsv", Format.TSV, 5)),
            "de", List.of(new Source("lexicons/multilang_afinn_mt/afinn165_mt_de.tsv", Format.TSV, 5)));

    /** Machine-translated or adjective-only general lexicons earn less trust. */
    private static final Map<String, Double> QUALITY = Map.of("en", 1.0, "fr", 0.9, "es", 0.75, "it", 0.75, "de", 0.7);
    private static final double UMIGON_VALENCE = 0.4;

    /** All five languages. */
    public static Map<String, Lexicon> loadAll(double generalWeight) {
        Map<String, Lexicon> out = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en", "es", "it", "de")) {
            out.put(lang, load(lang, generalWeight));
        }
        return Map.copyOf(out);
    }

    public static Lexicon load(String language, double generalWeight) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no sentiment lexicon for language '" + language + "'");
        }
        Map<String, List<Double>> general = new HashMap<>();
        for (Source source : GENERAL.get(language)) {
            readSource(source, language, general);
        }
        Map<String, Cue> table = new HashMap<>();
        general.forEach((key, values) -> {
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            if (mean != 0) {
                table.put(key, new Cue(CueKind.VALENCE, clamp(mean * generalWeight), "general"));
            }
        });
        Map<String, Double> prefixes = new HashMap<>();
        Map<String, Double> suffixes = new HashMap<>();
        for (String[] row : rows("news/" + language + ".tsv", 2)) {
            String term = row[0].strip().toLowerCase(Locale.ROOT);
            double v = Double.parseDouble(row[1].strip());
            if (term.endsWith("*")) {
                prefixes.put(term.substring(0, term.length() - 1), v);
            } else if (term.startsWith("*")) {
                suffixes.put(term.substring(1), v);
            } else {
                put(table, term, language, new Cue(CueKind.VALENCE, v, "news"));
            }
        }
        if ("en".equals(language)) {
            for (String[] row : rows("lexicons/vader_en/negate.txt", 1)) {
                put(table, row[0], language, new Cue(CueKind.NEGATOR, 0, "vader"));
            }
            for (String[] row : rows("lexicons/vader_en/booster_dict.tsv", 2)) {
                double b = Double.parseDouble(row[1].strip());
                put(table, row[0], language, new Cue(CueKind.MODIFIER, b > 0 ? 1.3 : 0.7, "vader"));
            }
        }
        for (String[] row : rows("rules/" + language + ".tsv", 2)) {
            CueKind kind = CueKind.valueOf(row[0].strip().toUpperCase(Locale.ROOT)
                    .replace("BOOSTER", "MODIFIER").replace("DAMPENER", "MODIFIER"));
            double value = kind == CueKind.MODIFIER ? Double.parseDouble(row[2].strip())
                    : kind == CueKind.SHIFTER && row.length > 2 ? Double.parseDouble(row[2].strip()) : 0;
            put(table, row[1], language, new Cue(kind, value, "rules"));
        }
        return new Lexicon(language, table, prefixes, suffixes, QUALITY.get(language));
    }

    private static void put(Map<String, Cue> table, String phrase, String language, Cue cue) {
        String key = String.join(" ", WordTokenizer.keys(phrase, language));
        if (!key.isEmpty()) {
            table.put(key, cue);
        }
    }

    private static void readSource(Source source, String language, Map<String, List<Double>> out) {
        switch (source.format()) {
            case PATTERN -> readPattern(source.path(), language, out);
            case UMIGON_POSITIVE, UMIGON_NEGATIVE -> {
                double v = source.format() == Format.UMIGON_POSITIVE ? UMIGON_VALENCE : -UMIGON_VALENCE;
                for (String[] row : rows(source.path(), 1, true)) {
                    // conditional terms are kept only when the condition is one our negation rule covers
                    String condition = row.length > 1 ? row[1].strip() : "";
                    if (condition.isEmpty() || condition.equals("!isImmediatelyPrecededByANegation")) {
                        add(out, row[0], language, v);
                    }
                }
            }
            case ARROW -> {
                for (String[] row : rows(source.path(), 1, true)) {
                    int arrow = row[0].lastIndexOf("->");
                    if (arrow > 0) {
                        add(out, row[0].substring(0, arrow), language,
                                Double.parseDouble(row[0].substring(arrow + 2).strip()) / source.scale());
                    }
                }
            }
            case VADER, TSV -> {
                for (String[] row : rows(source.path(), 2, true)) {
                    add(out, row[0], language, Double.parseDouble(row[1].strip()) / source.scale());
                }
            }
        }
    }

    private static void add(Map<String, List<Double>> out, String phrase, String language, double v) {
        String key = String.join(" ", WordTokenizer.keys(phrase, language));
        // emoticons ("d-:", ":-d") tokenise to a lone letter that then matches every French "d'"
        if (!key.isEmpty() && !isEmoticon(phrase, key)) {
            out.computeIfAbsent(key, k -> new ArrayList<>(2)).add(v);
        }
    }

    private static boolean isEmoticon(String phrase, String key) {
        return key.length() == 1 || phrase.chars().anyMatch(c -> c == ':' || c == ';' || c == '(' || c == ')');
    }

    /** Pattern's XML, read without DTDs or external entities. Several senses of a form are averaged. */
    private static void readPattern(String path, String language, Map<String, List<Double>> out) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = open(path)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            Map<String, List<Double>> senses = new HashMap<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "word".equals(xml.getLocalName())) {
                    String form = xml.getAttributeValue(null, "form");
                    String polarity = xml.getAttributeValue(null, "polarity");
                    if (form != null && polarity != null) {
                        senses.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                .add(Double.parseDouble(polarity));
                    }
                }
            }
            senses.forEach((form, values) -> {
                double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                if (Math.abs(mean) >= 0.1) {
                    add(out, form, language, mean);
                }
            });
        } catch (IOException | XMLStreamException | NumberFormatException e) {
            throw new IllegalStateException("cannot read sentiment lexicon " + ROOT + path + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = LexiconLoader.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("missing sentiment resource " + ROOT + path);
        }
        return in;
    }

    /** Tab-separated rows, comments and blank lines skipped; a row with too few columns fails naming the line. */
    static List<String[]> rows(String path, int minColumns) {
        return rows(path, minColumns, false);
    }

    /** @param lenient skip malformed rows (third-party lists have a few blank terms) instead of failing */
    static List<String[]> rows(String path, int minColumns, boolean lenient) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns || cols[0].isBlank()) {
                    if (lenient) {
                        continue;
                    }
                    throw new IllegalStateException(ROOT + path + " line " + number + ": expected " + minColumns
                            + " tab-separated columns, got: " + line);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + path, e);
        }
        return rows;
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
