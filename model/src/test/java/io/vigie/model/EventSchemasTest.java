package io.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.json.Json;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schemas must describe exactly the records that are serialized. */
class EventSchemasTest {

    static List<Map.Entry<Class<? extends Record>, String>> events() {
        return List.of(
                Map.entry(SourceRef.class, "source-ref"),
                Map.entry(RawMention.class, "raw-mention"),
                Map.entry(EnrichedMention.class, "enriched-mention"),
                Map.entry(DeadLetter.class, "dead-letter"),
                Map.entry(AlertEvent.class, "alert-event"));
    }

    @org.junit.jupiter.api.Test
    void annotationSchemasListEveryComponent() throws Exception {
        JsonNode properties = load("enriched-mention").get("properties");
        assertComponents(properties.get("territory"), Territory.class);
        assertComponents(properties.get("sentiment"), Sentiment.class);
        assertComponents(properties.get("transitions"), Transitions.class);
        assertComponents(properties.get("territory").get("properties").get("places").get("items"), Place.class);
        assertComponents(properties.get("territory").get("properties").get("entities").get("items"), TerritoryEntity.class);
    }

    @org.junit.jupiter.api.Test
    void alertStoriesListEveryComponent() throws Exception {
        assertComponents(load("alert-event").get("properties").get("topStories").get("items"), StoryRef.class);
    }

    private static void assertComponents(JsonNode schema, Class<? extends Record> type) {
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaListsEveryRecordComponent(Map.Entry<Class<? extends Record>, String> event) throws Exception {
        JsonNode schema = load(event.getValue());
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> components = Arrays.stream(event.getKey().getRecordComponents())
                .map(RecordComponent::getName).toList();

        assertThat(properties).containsExactlyInAnyOrderElementsOf(components);
        schema.get("required").forEach(required -> assertThat(components).contains(required.asText()));
    }

    private static JsonNode load(String name) throws Exception {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            assertThat(in).as("schema %s", name).isNotNull();
            return Json.mapper().readTree(in);
        }
    }
}
