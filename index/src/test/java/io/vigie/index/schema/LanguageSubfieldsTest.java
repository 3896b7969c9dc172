package io.vigie.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.json.Json;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageSubfieldsTest {
    @Test
    void minimalClusterGetsNoLanguageSubfield() throws Exception {
        VersionedTemplate t = VersionedTemplate.mentions(Set.of());
        assertThat(t.variant()).isEqualTo("analyzers:none");
        JsonNode title = t.mappingProperties().path("title");
        assertThat(title.path("analyzer").asText()).isEqualTo("standard");
        assertThat(title.path("fields").has("fr")).isFalse();
        assertThat(title.path("fields").has("keyword")).isTrue();
        assertThat(Json.mapper().readTree(t.body(1, 0)).path("_meta").path("variant").asText())
                .isEqualTo("analyzers:none");
    }

    @Test
    void fullClusterGetsOneSubfieldPerAvailableAnalyzer() {
        VersionedTemplate t = VersionedTemplate.mentions(Set.of("french", "english", "klingon"));
        assertThat(t.variant()).isEqualTo("analyzers:english,french");
        for (String field : new String[] {"title", "text", "description"}) {
            JsonNode fields = t.mappingProperties().path(field).path("fields");
            assertThat(fields.path("fr").path("analyzer").asText()).as(field).isEqualTo("french");
            assertThat(fields.path("en").path("analyzer").asText()).as(field).isEqualTo("english");
            assertThat(fields.has("de")).as(field).isFalse();
            assertThat(t.mappingProperties().path(field).path("analyzer").asText()).isEqualTo("standard");
        }
        assertThat(VersionedTemplate.mentions().mappingProperties().path("title").path("fields").has("fr"))
                .as("the shipped resource itself is untouched").isFalse();
    }

    @Test
    void versionTwoMapsTheEnrichmentFields() {
        JsonNode p = VersionedTemplate.mentions().mappingProperties();
        assertThat(VersionedTemplate.mentions().version()).isEqualTo(3);
        assertThat(p.path("places").path("type").isMissingNode()).as("plain object, not nested").isTrue();
        assertThat(p.path("places").path("properties").path("location").path("type").asText()).isEqualTo("geo_point");
        assertThat(p.path("sentiment").path("properties").path("score").path("type").asText()).isEqualTo("float");
        assertThat(p.path("pillars").path("type").asText()).isEqualTo("keyword");
        assertThat(p.path("story_id").path("type").asText()).isEqualTo("keyword");
        assertThat(p.path("relevant").path("type").asText()).isEqualTo("boolean");
        assertThat(VersionedTemplate.daily().mappingProperties().path("day").path("type").asText()).isEqualTo("date");
    }
}
