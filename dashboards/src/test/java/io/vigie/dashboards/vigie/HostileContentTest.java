package io.vigie.dashboards.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboards render third-party text (titles, URLs, words): make sure we never add a way to inject markup. */
class HostileContentTest {
    private final List<JsonNode> lines = SavedObjects.ndjson().lines().map(JsonText::parse).toList();

    @Test
    void noMarkdownOrHtmlPanels() {
        for (JsonNode l : lines) {
            if (l.path("type").asText().equals("visualization")) {
                JsonNode vis = JsonText.parse(l.path("attributes").path("visState").asText());
                assertThat(vis.path("type").asText()).isEqualTo("vega");
            }
        }
    }

    @Test
    void urlFieldsAreFormattedAsPlainLinksWithoutTemplates() {
        JsonNode mentions = lines.stream().filter(l -> l.path("id").asText().equals("vigie-dv-mentions"))
                .findFirst().orElseThrow();
        JsonNode formats = JsonText.parse(mentions.path("attributes").path("fieldFormatMap").asText());
        assertThat(formats.path("url").path("id").asText()).isEqualTo("url");
        assertThat(formats.path("url").path("params").path("type").asText()).isEqualTo("a");
        // A label or URL template would be ours to escape; without one Kibana escapes value and label itself.
        assertThat(formats.path("url").path("params").has("urlTemplate")).isFalse();
        assertThat(formats.path("url").path("params").has("labelTemplate")).isFalse();
    }

    @Test
    void vegaTooltipsShowOnlyNumbers() {
        for (JsonNode l : lines) {
            if (l.path("type").asText().equals("visualization")) {
                String spec = JsonText.parse(l.path("attributes").path("visState").asText())
                        .path("params").path("spec").asText();
                JsonNode s = JsonText.parse(spec);
                assertThat(s.findValues("tooltip").toString()).doesNotContain("key").doesNotContain("datum.key");
            }
        }
    }
}
