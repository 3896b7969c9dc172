package io.vigie.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.json.Json;
import org.junit.jupiter.api.Test;

class VersionedTemplateTest {

    @Test
    void mentionsTemplateIsVersionedAndProtectsOlderDocumentsFromNewerFields() throws Exception {
        VersionedTemplate template = VersionedTemplate.mentions();
        JsonNode body = Json.mapper().readTree(template.body(1, 0));

        assertThat(template.version()).isPositive();
        assertThat(body.path("_meta").path("version").asLong()).isEqualTo(template.version());
        assertThat(body.path("index_patterns").get(0).asText()).isEqualTo(IndexNames.PATTERN);
        assertThat(body.path("template").path("aliases").has(IndexNames.READ_ALIAS)).isTrue();
        // Unknown fields must be kept in _source, never mapped on the fly nor rejected.
        assertThat(body.path("template").path("mappings").path("dynamic").asText()).isEqualTo("false");
    }

    @Test
    void mappingUsesOnlyWhatTheMinimalDistributionHas() {
        JsonNode properties = VersionedTemplate.mentions().mappingProperties();
        assertThat(properties.path("title").path("analyzer").asText()).isEqualTo("standard");
        assertThat(properties.path("title").path("fields").path("keyword").path("type").asText()).isEqualTo("keyword");
        assertThat(properties.path("text").path("analyzer").asText()).isEqualTo("standard");
        assertThat(properties.path("@timestamp").path("type").asText()).isEqualTo("date");
        assertThat(properties.path("source").path("properties").path("audience_weight").path("type").asText())
                .isEqualTo("float");
        assertThat(properties.path("schema_version").path("type").asText()).isEqualTo("integer");
    }

    @Test
    void operatorShardAndReplicaCountsAreAppliedAndRecorded() throws Exception {
        JsonNode body = Json.mapper().readTree(VersionedTemplate.mentions().body(3, 2));
        JsonNode index = body.path("template").path("settings").path("index");
        assertThat(index.path("number_of_shards").asInt()).isEqualTo(3);
        assertThat(index.path("number_of_replicas").asInt()).isEqualTo(2);
        assertThat(body.path("_meta").path("shards").asInt()).isEqualTo(3);
        assertThat(body.path("_meta").path("replicas").asInt()).isEqualTo(2);
    }
}
