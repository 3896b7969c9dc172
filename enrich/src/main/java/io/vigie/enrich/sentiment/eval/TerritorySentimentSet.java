package io.vigie.enrich.sentiment.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hand-labeled territory sentiment snippets ({@code /eval/sentiment/}, see its README). The test
 * split is frozen: loading it checks its sha256 so that nobody tunes on an edited copy.
 */
public final class TerritorySentimentSet {
    public static final String DEV = "/eval/sentiment/territory-dev.tsv";
    public static final String TEST = "/eval/sentiment/territory-test.tsv";
    /** Second dev split: genres on the neutral/polar boundary (travel, decay, trials, votes, ceremonies). */
    public static final String DEV2 = "/eval/sentiment/territory-dev2.tsv";
    /** Written with {@link #DEV2}, before any run, and evaluated once: does tuning on DEV2 generalise? */
    public static final String DEV2_CHECK = "/eval/sentiment/territory-dev2-check.tsv";
    /** Training-only items for the portrayal model (issue #4): never used to tune the rules. */
    public static final String PORTRAYAL_TRAIN2 = "/eval/sentiment/portrayal-train2.tsv";
    static final String TEST_SHA256 = "/eval/sentiment/territory-test.sha256";
    static final String DEV2_CHECK_SHA256 = "/eval/sentiment/territory-dev2-check.sha256";

    private TerritorySentimentSet() {
    }

    public static List<LabeledSnippet> dev() {
        return parse(DEV, read(DEV));
    }

    public static List<LabeledSnippet> dev2() {
        return parse(DEV2, read(DEV2));
    }

    public static List<LabeledSnippet> portrayalTrain2() {
        return parse(PORTRAYAL_TRAIN2, read(PORTRAYAL_TRAIN2));
    }

    public static List<LabeledSnippet> dev2Check() {
        return frozen(DEV2_CHECK, DEV2_CHECK_SHA256);
    }

    public static List<LabeledSnippet> test() {
        return frozen(TEST, TEST_SHA256);
    }

    private static List<LabeledSnippet> frozen(String resource, String shaResource) {
        byte[] bytes = read(resource);
        String expected = new String(read(shaResource), StandardCharsets.UTF_8).strip().split("\\s+")[0];
        String actual = sha256(bytes);
        if (!actual.equals(expected)) {
            throw new IllegalStateException(resource + " changed after it was frozen: sha256 " + actual + ", expected " + expected);
        }
        return parse(resource, bytes);
    }

    static List<LabeledSnippet> parse(String name, byte[] bytes) {
        List<LabeledSnippet> out = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] c = lines[i].split("\t", -1);
            if (c.length != 5) {
                throw new IllegalStateException(name + " line " + (i + 1) + ": expected 5 columns, got " + c.length);
            }
            if (!Confusion.LABELS.contains(c[2])) {
                throw new IllegalStateException(name + " line " + (i + 1) + ": unknown label '" + c[2] + "'");
            }
            out.add(new LabeledSnippet(c[0], c[1], c[2], c[3], c[4]));
        }
        return List.copyOf(out);
    }

    private static byte[] read(String resource) {
        try (InputStream in = TerritorySentimentSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing eval resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
