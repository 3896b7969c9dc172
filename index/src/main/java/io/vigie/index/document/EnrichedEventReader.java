package io.vigie.index.document;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.model.EnrichedMention;
import io.vigie.model.json.Json;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an enriched event's bytes, keeping the top-level fields this version does not know.
 *
 * <p>An optional field whose value has the wrong type (a number for a date, an object for a title...)
 * is dropped and reported in {@link DecodedMention#invalidFields()}, so that the rest of the mention is
 * still indexed; only a missing or broken identity (id, canonical URL, first-seen time, source,
 * language) makes the whole event unreadable.
 */
public final class EnrichedEventReader {
    private static final Set<String> KNOWN = Arrays.stream(EnrichedMention.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());
    /** Without these there is no document to write: the event is dead-lettered instead of salvaged. */
    static final List<String> REQUIRED = List.of("mention", "language", "mention.id", "mention.canonicalUrl",
            "mention.firstSeen", "mention.source", "mention.source.id");
    /** Each drop re-parses the event; a record this broken is better dead-lettered whole. */
    static final int MAX_DROPPED_FIELDS = 16;

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
        if (!(tree instanceof ObjectNode root)) {
            throw new UnreadableEventException("not a JSON object");
        }
        requirePresent(root);
        List<String> invalid = new ArrayList<>();
        EnrichedMention event = null;
        while (event == null) {
            try {
                event = mapper.treeToValue(root, EnrichedMention.class);
            } catch (JsonMappingException e) {
                dropOrFail(root, e, invalid);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableEventException("not an enriched mention: " + rootMessage(e), e);
            }
        }
        if (event.mention() == null) {
            throw new UnreadableEventException("enriched mention without mention");
        }
        Map<String, JsonNode> extensions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!KNOWN.contains(field.getKey()) && !field.getValue().isNull()) {
                extensions.put(field.getKey(), field.getValue());
            }
        }
        return new DecodedMention(event, extensions, invalid);
    }

    /** Missing identity fields get a reason naming them, rather than the record constructor's terse one. */
    private static void requirePresent(ObjectNode root) {
        for (String path : REQUIRED) {
            JsonNode node = root;
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            if (node.isMissingNode() || node.isNull()) {
                throw new UnreadableEventException("missing required field " + path);
            }
        }
    }

    /** Removes the field the mapping error points at, or fails when it is required or the path is unusable. */
    private static void dropOrFail(ObjectNode root, JsonMappingException e, List<String> invalid) {
        ObjectNode parent = null;
        String field = null;
        StringBuilder path = new StringBuilder();
        String fieldPath = "";
        JsonNode node = root;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!(node instanceof ObjectNode o)) {
                    break;
                }
                parent = o;
                field = ref.getFieldName();
                path.append(path.isEmpty() ? "" : ".").append(field);
                fieldPath = path.toString();
                node = o.path(field);
            } else if (ref.getIndex() >= 0) {
                node = node.path(ref.getIndex());
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String dotted = fieldPath.replaceAll("\\[\\d+]", "");
        String reason = rootMessage(e);
        if (parent == null || field == null || !parent.has(field) || REQUIRED.contains(dotted)) {
            throw new UnreadableEventException("not an enriched mention: "
                    + (path.isEmpty() ? "" : path + ": ") + reason, e);
        }
        if (invalid.size() >= MAX_DROPPED_FIELDS) {
            throw new UnreadableEventException("not an enriched mention: more than " + MAX_DROPPED_FIELDS
                    + " fields of the wrong type, last " + path + ": " + reason, e);
        }
        parent.remove(field);
        invalid.add(fieldPath + ": " + shorten(reason));
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static String rootMessage(Throwable e) {
        if (e instanceof JsonMappingException m) {
            String message = m.getOriginalMessage();
            if (message != null) {
                return message.replaceAll("\\s+", " ").trim();
            }
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
