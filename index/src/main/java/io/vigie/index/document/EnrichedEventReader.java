package io.vigie.index.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigie.model.EnrichedMention;
import io.vigie.model.json.Json;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads an enriched event's bytes, keeping the top-level fields this version does not know. */
public final class EnrichedEventReader {
    private static final Set<String> KNOWN = Arrays.stream(EnrichedMention.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final ObjectMapper mapper = Json.mapper();

    /**
     * @throws UnreadableEventException when the bytes are not an enriched mention, with the reason
     */
    public DecodedMention read(byte[] bytes) {
        if (bytes == null) {
            throw new UnreadableEventException("null value (tombstone) on the enriched topic");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new UnreadableEventException("not JSON: " + rootMessage(e), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableEventException("not a JSON object");
        }
        EnrichedMention event;
        try {
            event = mapper.treeToValue(tree, EnrichedMention.class);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableEventException("not an enriched mention: " + rootMessage(e), e);
        }
        if (event == null || event.mention() == null) {
            throw new UnreadableEventException("enriched mention without mention");
        }
        Map<String, JsonNode> extensions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!KNOWN.contains(field.getKey()) && !field.getValue().isNull()) {
                extensions.put(field.getKey(), field.getValue());
            }
        }
        return new DecodedMention(event, extensions);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
