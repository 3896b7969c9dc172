package io.vigie.enrich.eval.blind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the frozen blind test set from the classpath and checks it against its recorded SHA-256,
 * so that nobody can quietly relabel items after seeing the system's errors.
 */
public final class BlindSet {
    /** The first blind set; later sets live in sibling folders (blind2, ...) with the same layout. */
    public static final String DEFAULT_FOLDER = "blind";
    public static final String RESOURCE = "/eval/blind/items.psv";
    public static final String HASH_RESOURCE = "/eval/blind/items.psv.sha256";
    private static final int FIELDS = 9;
    private static final Map<String, String> SENTIMENT_CODES =
            Map.of("pos", "positive", "neu", "neutral", "neg", "negative");
    private static final Map<String, String> PILLAR_CODES =
            Map.of("eco", "economic", "env", "environmental", "soc", "social");

    private final List<BlindItem> items;
    private final String sha256;
    private final String resource;

    private BlindSet(List<BlindItem> items, String sha256, String resource) {
        this.items = List.copyOf(items);
        this.sha256 = sha256;
        this.resource = resource;
    }

    /**
     * The first blind set, {@code eval/blind}.
     *
     * @throws IllegalStateException when the data is missing, altered since it was frozen, or malformed
     */
    public static BlindSet load() {
        return load(DEFAULT_FOLDER);
    }

    /**
     * A blind set from {@code eval/<folder>/items.psv}, checked against {@code items.psv.sha256} beside it.
     *
     * @throws IllegalArgumentException when the folder name is not a plain lower-case name
     * @throws IllegalStateException    when the data is missing, altered since it was frozen, or malformed
     */
    public static BlindSet load(String folder) {
        if (folder == null || !folder.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("blind set folder must be a plain lower-case name under eval/ "
                    + "(like blind or blind2), not " + folder);
        }
        String resource = "/eval/" + folder + "/items.psv";
        byte[] data = read(resource);
        String actual = sha256(data);
        String expected = new String(read(resource + ".sha256"), StandardCharsets.UTF_8).strip().split("\\s+")[0];
        if (!actual.equalsIgnoreCase(expected)) {
            throw new IllegalStateException(resource + " does not match its frozen hash " + expected
                    + " (found " + actual + "): the blind set must not be edited after freezing");
        }
        return new BlindSet(parse(new String(data, StandardCharsets.UTF_8), resource), actual, resource);
    }

    static List<BlindItem> parse(String text, String source) {
        List<BlindItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                BlindItem item = parseLine(line);
                if (!ids.add(item.id())) {
                    throw new IllegalArgumentException("duplicate id " + item.id());
                }
                items.add(item);
            } catch (RuntimeException e) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return items;
    }

    private static BlindItem parseLine(String line) {
        // The lead is the last field, so a stray '|' in it cannot shift the labels.
        String[] f = line.split("\\|", FIELDS);
        if (f.length != FIELDS) {
            throw new IllegalArgumentException("expected " + FIELDS + " '|'-separated fields, found " + f.length);
        }
        String id = f[0].strip();
        boolean relevant = switch (f[2].strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(id + ": relevant must be true or false, not " + f[2]);
        };
        String sentiment = SENTIMENT_CODES.get(f[3].strip());
        if (sentiment == null) {
            throw new IllegalArgumentException(id + ": sentiment must be pos, neu or neg, not " + f[3]);
        }
        Set<String> pillars = new LinkedHashSet<>();
        if (!f[4].strip().equals("-")) {
            for (String code : f[4].split(",")) {
                String pillar = PILLAR_CODES.get(code.strip());
                if (pillar == null) {
                    throw new IllegalArgumentException(id + ": unknown pillar code " + code);
                }
                pillars.add(pillar);
            }
        }
        return new BlindItem(id, f[1].strip(), relevant, sentiment, pillars, f[5].strip(), f[6].strip(),
                f[7].strip(), f[8].strip());
    }

    private static byte[] read(String resource) {
        try (InputStream in = BlindSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("blind test set resource missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a mandatory JDK algorithm", e);
        }
    }

    public List<BlindItem> items() {
        return items;
    }

    public String sha256() {
        return sha256;
    }

    /** Classpath resource the items came from, e.g. {@code /eval/blind2/items.psv}. */
    public String resource() {
        return resource;
    }
}
