package io.vigie.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.json.JsonData;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestInfraExtension.class)
class SchemaIT {
    private static ElasticsearchClient client;

    @BeforeAll
    static void connect(@ElasticsearchUrl String url) {
        client = ElasticsearchClients.create(url, null, null, null);
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }

    @Test
    void templateInstallIsIdempotentAndVersioned() throws Exception {
        SchemaInstaller installer = new SchemaInstaller(client, 1, 0);
        VersionedTemplate template = VersionedTemplate.mentions();

        SchemaInstaller.Outcome first = installer.apply(template);
        SchemaInstaller.Outcome second = installer.apply(template);

        assertThat(first).isIn(SchemaInstaller.Outcome.CREATED, SchemaInstaller.Outcome.UPGRADED,
                SchemaInstaller.Outcome.UNCHANGED);
        assertThat(second).isEqualTo(SchemaInstaller.Outcome.UNCHANGED);
        var installed = client.indices().getIndexTemplate(r -> r.name(IndexNames.TEMPLATE_NAME))
                .indexTemplates().get(0).indexTemplate();
        assertThat(installed.version()).isEqualTo(template.version());
        assertThat(installed.meta().get("version").to(Long.class)).isEqualTo(template.version());

        // Other replica counts are a different installation even at the same version.
        assertThat(new SchemaInstaller(client, 1, 1).apply(template)).isEqualTo(SchemaInstaller.Outcome.UPGRADED);
        assertThat(installer.apply(template)).isEqualTo(SchemaInstaller.Outcome.UPGRADED);
        assertThat(installer.apply(template)).isEqualTo(SchemaInstaller.Outcome.UNCHANGED);
    }

    @Test
    void anOlderTemplateIsUpgradedAndANewerOneLeftAlone() throws Exception {
        SchemaInstaller installer = new SchemaInstaller(client, 1, 0);
        VersionedTemplate template = VersionedTemplate.mentions();
        installer.apply(template);
        String older = template.body(1, 0).replaceFirst("\"version\":" + template.version(), "\"version\":0");
        client.indices().putIndexTemplate(r -> r.name(IndexNames.TEMPLATE_NAME).withJson(new StringReader(older)));
        assertThat(installer.apply(template)).isEqualTo(SchemaInstaller.Outcome.UPGRADED);

        String newer = template.body(1, 0).replaceFirst("\"version\":" + template.version(),
                "\"version\":" + (template.version() + 100));
        client.indices().putIndexTemplate(r -> r.name(IndexNames.TEMPLATE_NAME).withJson(new StringReader(newer)));
        try {
            assertThat(installer.apply(template)).isEqualTo(SchemaInstaller.Outcome.NEWER_PRESENT);
        } finally {
            client.indices().putIndexTemplate(r -> r.name(IndexNames.TEMPLATE_NAME)
                    .withJson(new StringReader(template.body(1, 0))));
        }
    }

    @Test
    void monthlyIndexGetsTheMappingAndBothAliases() throws Exception {
        new SchemaInstaller(client, 1, 0).applyAll();
        YearMonth month = YearMonth.of(2011, 1);
        String alias = new MonthlyIndices(client).ensure(month);
        assertThat(new MonthlyIndices(client).ensure(month)).as("second instance, same index").isEqualTo(alias);

        String index = IndexNames.concreteIndex(month, 1);
        Map<String, IndexAliases> aliases = client.indices().getAlias(r -> r.index(index)).aliases();
        assertThat(aliases.get(index).aliases()).containsKeys(alias, IndexNames.READ_ALIAS);
        assertThat(aliases.get(index).aliases().get(alias).isWriteIndex()).isTrue();

        TypeMapping mapping = client.indices().getMapping(r -> r.index(index)).get(index).mappings();
        assertThat(mapping.dynamic()).hasToString("False");
        Map<String, Property> p = mapping.properties();
        assertThat(p.get("@timestamp").isDate()).isTrue();
        assertThat(p.get("title").text().analyzer()).isEqualTo("standard");
        assertThat(p.get("title").text().fields().get("keyword").isKeyword()).isTrue();
        assertThat(p.get("text").isText()).isTrue();
        assertThat(p.get("canonical_url").isKeyword()).isTrue();
        assertThat(p.get("lang_confidence").isFloat()).isTrue();
        assertThat(p.get("source").object().properties().get("tier").isKeyword()).isTrue();
        assertThat(p.get("source").object().properties().get("audience_weight").isFloat()).isTrue();
        assertThat(p.get("published").isDate()).isTrue();
        assertThat(p.get("schema_version").isInteger()).isTrue();

        var settings = client.indices().getSettings(r -> r.index(index)).get(index).settings().index();
        assertThat(settings.numberOfShards()).isEqualTo("1");
        assertThat(settings.numberOfReplicas()).isEqualTo("0");
    }

    @Test
    void unknownFieldsFromANewerSchemaAreStoredNotRejected() throws Exception {
        new SchemaInstaller(client, 1, 0).applyAll();
        String alias = new MonthlyIndices(client).ensure(YearMonth.of(2011, 2));
        String doc = """
                {"@timestamp":"2011-02-03T04:05:06Z","id":"newer-1","canonical_url":"https://x.example/newer",
                 "schema_version":7,"emotions":{"label":"joy","score":"0.9"},"readers":[1,"two",{"x":3}]}""";
        client.index(i -> i.index(alias).id("newer-1").requireAlias(true).withJson(new StringReader(doc)));
        client.index(i -> i.index(alias).id("newer-2").requireAlias(true).withJson(new StringReader(
                doc.replace("newer-1", "newer-2").replace("{\"label\":\"joy\",\"score\":\"0.9\"}", "42"))));

        GetResponse<JsonData> got = client.get(g -> g.index(alias).id("newer-1"), JsonData.class);
        assertThat(got.found()).isTrue();
        assertThat(got.source().toJson().asJsonObject().getJsonObject("emotions").getString("label"))
                .isEqualTo("joy");
        assertThat(client.get(g -> g.index(alias).id("newer-2"), JsonData.class).found()).isTrue();
    }
}
