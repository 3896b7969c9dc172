package io.vigie.enrich.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8, tab-separated classpath resource: blank lines and lines starting with '#' are skipped,
 * every other line becomes a {@link Row} that knows where it came from, so the caller's validation
 * errors name the resource and the line. Fields are split on every tab, trailing empty ones kept, and
 * left untrimmed: what a field means (and whether it may be blank) is the caller's business.
 */
public final class TabularResource {

    private TabularResource() {
    }

    /**
     * One data line.
     *
     * @param line   the line as read, for messages that quote it
     * @param fields the line split on tabs (limit -1), untrimmed
     * @param origin {@code "<resource> line <n>"}, n counted from 1 over all lines, comments included
     */
    public record Row(String line, List<String> fields, String origin) {
        public Row {
            fields = List.copyOf(fields);
        }

        public int size() {
            return fields.size();
        }

        public String field(int index) {
            return fields.get(index);
        }

        /** An error for this line: {@code "<resource> line <n>: <reason>"}. */
        public IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(origin + ": " + reason);
        }

        public IllegalArgumentException error(String reason, Throwable cause) {
            return new IllegalArgumentException(origin + ": " + reason, cause);
        }
    }

    /**
     * @param anchor      the class whose {@link Class#getResourceAsStream} resolves {@code resource}
     * @param description what the resource is, for the missing-resource message ("cue file")
     * @throws IllegalArgumentException when the resource is not on the classpath
     * @throws UncheckedIOException     when it cannot be read
     */
    public static List<Row> read(Class<?> anchor, String resource, String description) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(description + " " + resource + " is not on the classpath");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(line, List.of(line.split("\t", -1)), resource + " line " + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + description + " " + resource, e);
        }
        return List.copyOf(rows);
    }
}
