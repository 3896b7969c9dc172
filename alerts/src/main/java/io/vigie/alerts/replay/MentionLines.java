package io.vigie.alerts.replay;

import io.vigie.alerts.aggregate.MentionSignal;
import io.vigie.model.EnrichedMention;
import io.vigie.model.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON-lines file of {@link EnrichedMention}s, skipping (and reporting) lines it cannot read. */
public final class MentionLines {
    public record Result(List<MentionSignal> mentions, int lines, List<String> errors) {
    }

    private MentionLines() {
    }

    public static Result read(BufferedReader reader, String sourceName) throws IOException {
        List<MentionSignal> mentions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                EnrichedMention e = Json.mapper().readValue(line, EnrichedMention.class);
                if (e == null) {
                    throw new IllegalArgumentException("JSON null");
                }
                mentions.add(MentionSignal.of(e));
            } catch (IOException | RuntimeException ex) {
                String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                errors.add(sourceName + ":" + lineNo + ": " + message.lines().findFirst().orElse(""));
            }
        }
        return new Result(mentions, lineNo, errors);
    }
}
