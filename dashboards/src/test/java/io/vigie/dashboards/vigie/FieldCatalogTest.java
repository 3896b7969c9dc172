package io.vigie.dashboards.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.dashboards.dataview.DataView;
import io.vigie.dashboards.dataview.FieldCatalog;
import io.vigie.dashboards.dataview.FieldType;
import io.vigie.dashboards.dataview.FieldUseChecker;
import io.vigie.dashboards.dataview.MappingFields;
import io.vigie.dashboards.savedobject.FieldUse;
import io.vigie.dashboards.savedobject.JsonText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldCatalogTest {
    /** Templates read from the source tree (the module runs with its own dir as cwd); absent = a failure. */
    static final Path MENTIONS_TEMPLATE =
            Path.of("../index/src/main/resources/elasticsearch/vigie-mentions.template.json");
    static final Path DAILY_TEMPLATE = Path.of("../index/src/main/resources/elasticsearch/vigie-daily.template.json");
    static final Path ALERTS_TEMPLATE =
            Path.of("../alerts/src/main/resources/elasticsearch/vigie-alerts.template.json");

    static Map<String, FieldType> mapping(Path template) throws IOException {
        assertThat(template).as("index template").exists();
        return MappingFields.of(JsonText.parse(Files.readString(template)));
    }

    @Test
    void everyFieldAPanelUsesIsInItsDataViewWithAUsableType() {
        Set<FieldUse> uses = SavedObjects.fieldUses();
        assertThat(uses).hasSizeGreaterThan(20);
        assertThat(FieldUseChecker.checkUses(uses, VigieDataViews.all())).isEmpty();
    }

    @Test
    void checkerReportsUnknownFieldsAndWrongTypes() {
        List<String> problems = FieldUseChecker.checkUses(List.of(
                new FieldUse(VigieDataViews.MENTIONS_ID, "source.contry", FieldUse.Usage.AGGREGATE),
                new FieldUse(VigieDataViews.MENTIONS_ID, "title", FieldUse.Usage.AGGREGATE),
                new FieldUse(VigieDataViews.MENTIONS_ID, "lang", FieldUse.Usage.NUMERIC),
                new FieldUse(VigieDataViews.DAILY_ID, "source.country", FieldUse.Usage.AGGREGATE),
                new FieldUse("nope", "lang", FieldUse.Usage.DISPLAY)), VigieDataViews.all());
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("no field source.contry");
        assertThat(problems.get(1)).contains("title is TEXT");
        assertThat(problems.get(2)).contains("lang is KEYWORD");
        assertThat(problems.get(3)).contains("unknown data view nope");
    }

    @Test
    void mentionsCatalogMatchesTheIndexModuleMapping() throws IOException {
        Map<String, FieldType> mapping = mapping(MENTIONS_TEMPLATE);
        assertThat(mapping).containsEntry("title.keyword", FieldType.KEYWORD).containsEntry("title", FieldType.TEXT)
                .containsEntry("source.country", FieldType.KEYWORD).containsEntry("@timestamp", FieldType.DATE)
                .containsEntry("topics", FieldType.KEYWORD).containsEntry("places.location", FieldType.GEO_POINT);
        assertThat(FieldUseChecker.checkCatalog(VigieDataViews.MENTIONS.catalog(), mapping)).isEmpty();
    }

    @Test
    void dailyAndAlertsCatalogsMatchTheirTemplates() throws IOException {
        assertThat(FieldUseChecker.checkCatalog(VigieDataViews.DAILY.catalog(), mapping(DAILY_TEMPLATE))).isEmpty();
        assertThat(FieldUseChecker.checkCatalog(VigieDataViews.ALERTS.catalog(), mapping(ALERTS_TEMPLATE)))
                .isEmpty();
    }

    @Test
    void noCatalogFieldIsLeftPlanned() {
        for (DataView dv : VigieDataViews.all()) {
            assertThat(dv.catalog().fields()).as(dv.id()).noneMatch(f -> f.planned());
        }
    }

    @Test
    void catalogCheckCatchesAMissingOrRetypedField() {
        FieldCatalog catalog = new FieldCatalog("x*").mapped("a", FieldType.KEYWORD).mapped("gone", FieldType.DATE)
                .planned("later", FieldType.NUMBER).planned("early", FieldType.NUMBER);
        Map<String, FieldType> mapping = Map.of("a", FieldType.TEXT, "early", FieldType.KEYWORD);
        assertThat(FieldUseChecker.checkCatalog(catalog, mapping)).containsExactlyInAnyOrder(
                "x* field a is mapped TEXT but the dashboards expect KEYWORD",
                "x* mapping lacks gone (DATE)",
                "x* field later is still planned and not mapped",
                "x* field early is still planned, but mapped: declare it mapped");
    }

    @Test
    void runtimeAliasesLetMentionsControlsFilterDailyAndAlerts() {
        for (DataView dv : List.of(VigieDataViews.DAILY, VigieDataViews.ALERTS)) {
            assertThat(dv.hasField("pillars")).as(dv.id()).isTrue();
        }
        assertThat(VigieDataViews.DAILY.hasField("source.country")).isTrue();
        String runtime = VigieDataViews.DAILY.toSavedObject().attributes().path("runtimeFieldMap").asText();
        assertThat(JsonText.parse(runtime).path("source.country").path("script").path("source").asText())
                .contains("doc.containsKey('source_country')");
    }
}
