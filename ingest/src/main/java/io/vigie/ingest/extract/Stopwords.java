package io.vigie.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stopword lists of the languages Vigie reads (Snowball lists shipped in Lucene's
 * analysis-common jar, a compact Polish list of our own), and the choice of the list that fits a
 * page best: the language whose stopwords make up the largest share of its words.
 */
final class Stopwords {

    private static final Map<String, String> RESOURCES = new LinkedHashMap<>();

    static {
        String snowball = "org/apache/lucene/analysis/snowball/";
        RESOURCES.put("en", snowball + "english_stop.txt");
        RESOURCES.put("fr", snowball + "french_stop.txt");
        RESOURCES.put("de", snowball + "german_stop.txt");
        RESOURCES.put("es", snowball + "spanish_stop.txt");
        RESOURCES.put("it", snowball + "italian_stop.txt");
        RESOURCES.put("pt", snowball + "portuguese_stop.txt");
        RESOURCES.put("nl", snowball + "dutch_stop.txt");
        RESOURCES.put("pl", "extract/stopwords/pl.txt");
    }

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Map<String, Set<String>> LISTS = load();

    private Stopwords() {
    }

    /** Language codes with a list. */
    static Set<String> languages() {
        return LISTS.keySet();
    }

    static Set<String> of(String language) {
        Set<String> s = LISTS.get(language);
        if (s == null) {
            throw new IllegalArgumentException("no stopword list for language '" + language + "'");
        }
        return s;
    }

    /** The list covering the largest share of {@code words} (lower-cased); English when nothing matches. */
    static Set<String> bestFor(List<String> words) {
        Set<String> best = LISTS.get("en");
        int bestHits = 0;
        for (Set<String> list : LISTS.values()) {
            int hits = 0;
            for (String w : words) {
                if (list.contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = list;
            }
        }
        return best;
    }

    /** Lower-cased {@code \w+} words of {@code text}, appended to {@code out}. */
    static List<String> words(String text, List<String> out) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        ClassLoader cl = Stopwords.class.getClassLoader();
        for (Map.Entry<String, String> e : RESOURCES.entrySet()) {
            try (InputStream in = cl.getResourceAsStream(e.getValue())) {
                if (in == null) {
                    throw new IllegalStateException("stopword list " + e.getValue() + " for '" + e.getKey()
                            + "' is missing from the classpath (lucene-analysis-common dependency)");
                }
                out.put(e.getKey(), Set.copyOf(parse(in)));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read stopword list " + e.getValue(), ex);
            }
        }
        return out;
    }

    /** Snowball format: words before a {@code |} comment, any number per line. */
    private static Set<String> parse(InputStream in) throws IOException {
        Set<String> words = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int bar = line.indexOf('|');
            String content = bar >= 0 ? line.substring(0, bar) : line;
            for (String w : content.strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
