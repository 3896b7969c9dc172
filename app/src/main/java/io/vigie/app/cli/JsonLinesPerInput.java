package io.vigie.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The output contract `extract` and `feed` share: inputs (files or http(s) URLs) are processed in
 * parallel, and exactly one JSON object per input is printed, in input order, with
 * {@code {source, error}} and a one-line reason when an input fails.
 */
final class JsonLinesPerInput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesPerInput() {
    }

    static boolean isUrl(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    static ObjectNode error(String source, String reason) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", source);
        n.put("error", reason == null ? "unknown error" : reason.replaceAll("\\s+", " ").strip());
        return n;
    }

    /**
     * Waits for each input's result in input order and prints it as it comes.
     *
     * @return true when no line is an error, i.e. exit code 0
     */
    static boolean print(List<String> inputs, List<Future<ObjectNode>> results, PrintWriter out) {
        boolean allOk = true;
        for (int i = 0; i < results.size(); i++) {
            ObjectNode line;
            try {
                line = results.get(i).get();
            } catch (ExecutionException e) {
                line = error(inputs.get(i), "internal error: " + e.getCause());
            } catch (InterruptedException e) {
                // Every input still gets its line, so that readers can pair outputs with inputs.
                Thread.currentThread().interrupt();
                line = error(inputs.get(i), "interrupted");
            }
            allOk &= !line.has("error");
            out.println(line.toString());
            out.flush();
        }
        return allOk;
    }
}
