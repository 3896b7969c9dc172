package io.vigie.dashboards.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedObjectsTest {
    private final String ndjson = SavedObjects.ndjson();
    private final List<JsonNode> lines = ndjson.lines().map(JsonText::parse).toList();

    @Test
    void checkedInFileEqualsAFreshGeneration() throws IOException {
        Path checkedIn = Path.of(NdjsonGenerator.CHECKED_IN);
        assertThat(checkedIn).exists();
        assertThat(Files.readString(checkedIn, StandardCharsets.UTF_8))
                .as("vigie.ndjson is stale: run NdjsonGenerator from the dashboards module and commit the file")
                .isEqualTo(ndjson);
    }

    @Test
    void generationIsDeterministic() {
        assertThat(SavedObjects.ndjson()).isEqualTo(ndjson);
    }

    @Test
    void containsTheExpectedDataViewsAndDashboards() {
        Map<String, String> titleById = new HashMap<>();
        lines.forEach(l -> titleById.put(l.path("id").asText(), l.path("attributes").path("title").asText()));
        assertThat(titleById).containsEntry("vigie-dv-mentions", "vigie-mentions*")
                .containsEntry("vigie-dv-daily", "vigie-daily")
                .containsEntry("vigie-dv-alerts", "vigie-alerts*")
                .containsEntry("vigie-dashboard-overview", "Vigie - Image overview")
                .containsEntry("vigie-dashboard-transitions", "Vigie - Transitions tracker")
                .containsEntry("vigie-dashboard-negative", "Vigie - Negative coverage watch")
                .containsEntry("vigie-dashboard-sources", "Vigie - Sources");
        Map<String, String> timeField = new HashMap<>();
        lines.stream().filter(l -> l.path("type").asText().equals("index-pattern"))
                .forEach(l -> timeField.put(l.path("id").asText(),
                        l.path("attributes").path("timeFieldName").asText()));
        assertThat(timeField).containsExactlyInAnyOrderEntriesOf(Map.of(
                "vigie-dv-mentions", "@timestamp", "vigie-dv-daily", "day", "vigie-dv-alerts", "@timestamp"));
    }

    @Test
    void everyObjectHasAUniqueIdAndTheImportMetadata() {
        Set<String> seen = new HashSet<>();
        for (JsonNode l : lines) {
            assertThat(seen.add(l.path("id").asText())).as("duplicate id %s", l.path("id")).isTrue();
            assertThat(l.path("id").asText()).startsWith("vigie-");
            assertThat(l.path("typeMigrationVersion").asText()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(l.path("coreMigrationVersion").asText()).isEqualTo("8.8.0");
            assertThat(l.path("attributes").path("title").asText()).isNotBlank();
        }
    }

    @Test
    void everyReferencePointsToAnObjectOfTheRightTypeInTheFile() {
        Map<String, String> typeById = new HashMap<>();
        lines.forEach(l -> typeById.put(l.path("id").asText(), l.path("type").asText()));
        List<String> dangling = new ArrayList<>();
        for (JsonNode l : lines) {
            for (JsonNode r : l.path("references")) {
                String id = r.path("id").asText();
                if (!r.path("type").asText().equals(typeById.get(id))) {
                    dangling.add(l.path("id").asText() + " -> " + r.path("type").asText() + "/" + id);
                }
            }
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void everyDashboardPanelAndControlHasItsReference() {
        List<JsonNode> dashboards = lines.stream().filter(l -> l.path("type").asText().equals("dashboard")).toList();
        assertThat(dashboards).hasSize(4);
        for (JsonNode d : dashboards) {
            Set<String> refNames = new HashSet<>();
            d.path("references").forEach(r -> refNames.add(r.path("name").asText()));
            JsonNode panels = JsonText.parse(d.path("attributes").path("panelsJSON").asText());
            assertThat(panels.size()).isGreaterThan(5);
            Set<String> cells = new HashSet<>();
            for (JsonNode p : panels) {
                assertThat(refNames).contains(p.path("panelIndex").asText() + ":" + p.path("panelRefName").asText());
                JsonNode g = p.path("gridData");
                assertThat(g.path("x").asInt() + g.path("w").asInt()).isLessThanOrEqualTo(48);
                assertThat(cells.add(g.path("x").asInt() + "," + g.path("y").asInt())).isTrue();
            }
            JsonNode controls = JsonText.parse(
                    d.path("attributes").path("controlGroupInput").path("panelsJSON").asText());
            Set<String> controlFields = new HashSet<>();
            for (Iterator<String> it = controls.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                assertThat(refNames).contains("controlGroup_" + id + ":optionsListDataView");
                controlFields.add(controls.path(id).path("explicitInput").path("fieldName").asText());
            }
            assertThat(controlFields).containsExactlyInAnyOrder("lang", "source.country", "source.tier", "pillars",
                    "themes", "places.name");
            assertThat(d.path("attributes").path("timeRestore").asBoolean()).isTrue();
        }
    }

    @Test
    void everyLensLayerReferencesItsDataView() {
        List<JsonNode> lenses = lines.stream().filter(l -> l.path("type").asText().equals("lens")).toList();
        assertThat(lenses).hasSizeGreaterThan(20);
        for (JsonNode lens : lenses) {
            Set<String> refNames = new HashSet<>();
            lens.path("references").forEach(r -> refNames.add(r.path("name").asText()));
            JsonNode layers = lens.path("attributes").path("state").path("datasourceStates").path("formBased")
                    .path("layers");
            assertThat(layers.size()).isPositive();
            layers.fieldNames().forEachRemaining(layerId -> {
                assertThat(refNames).contains("indexpattern-datasource-layer-" + layerId);
                JsonNode layer = layers.path(layerId);
                assertThat(layer.path("columnOrder").size()).isEqualTo(layer.path("columns").size());
            });
        }
    }

    @Test
    void storiesAreListedWithLinks() {
        JsonNode search = lines.stream().filter(l -> l.path("id").asText().equals("vigie-overview-latest"))
                .findFirst().orElseThrow();
        assertThat(search.path("type").asText()).isEqualTo("search");
        assertThat(search.path("attributes").path("columns")).extracting(JsonNode::asText)
                .containsExactly("title", "source.name", "source.country", "url");
    }
}
