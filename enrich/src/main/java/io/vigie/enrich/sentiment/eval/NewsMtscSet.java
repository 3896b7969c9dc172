package io.vigie.enrich.sentiment.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NewsMTSC (Hamborg and Donnay 2021, MIT): English news sentences with the sentiment toward one
 * target span. Read from {@code shared/data/sentiment-train/newsmtsc}, never shipped. Rows that do not
 * parse are skipped and counted, with the first reasons kept.
 */
public final class NewsMtscSet {
    static final String FOLDER = "shared/data/sentiment-train/newsmtsc";

    /** One target in one sentence. */
    public record Row(String text, String target, int from, int to, String label) {
    }

    /** The rows read, and the ones skipped. */
    public record Loaded(String name, List<Row> rows, int skipped, List<String> reasons) {
    }

    private NewsMtscSet() {
    }

    /** The folder, looked up from the working directory upwards ({@code VIGIE_SHARED} overrides). */
    public static Optional<Path> locate() {
        String env = System.getenv("VIGIE_SHARED");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env).resolve("data/sentiment-train/newsmtsc");
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve(FOLDER);
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Loaded read(Path file) {
        List<Row> rows = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int skipped = 0;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NewsMTSC file " + file, e);
        }
        String pending = null;
        int pendingLine = 0;
        boolean previousComplete = false;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            // some rows hold a line break: in the gid (the next line is its tail, without tabs) or in an
            // earlier field (the row goes on over the next line)
            if (pending != null) {
                pending = pending + "\n" + line;
            } else if (previousComplete && line.indexOf('\t') < 0) {
                continue;
            } else {
                pending = line;
                pendingLine = i + 1;
            }
            String[] c = pending.split("\t", -1);
            if (c.length < 5 && i + 1 < lines.size() && i + 1 - pendingLine < 2) {
                continue;
            }
            String record = pending;
            pending = null;
            c = record.split("\t", -1);
            previousComplete = c.length >= 6;
            String reason = null;
            if (c.length < 5) {
                reason = "expected 5+ columns, got " + c.length;
            } else {
                try {
                    int from = Integer.parseInt(c[2].strip());
                    int to = Integer.parseInt(c[3].strip());
                    String label = c[4].strip();
                    if (from < 0 || to <= from || to > c[0].length()) {
                        reason = "target offsets " + from + ".." + to + " outside the text";
                    } else if (!Confusion.LABELS.contains(label)) {
                        reason = "unknown label '" + label + "'";
                    } else {
                        rows.add(new Row(c[0], c[1], from, to, label));
                    }
                } catch (NumberFormatException e) {
                    reason = "offsets are not numbers";
                }
            }
            if (reason != null) {
                skipped++;
                if (reasons.size() < 3) {
                    reasons.add(file.getFileName() + " line " + pendingLine + ": " + reason);
                }
            }
        }
        return new Loaded(file.getFileName().toString(), List.copyOf(rows), skipped, List.copyOf(reasons));
    }
}
