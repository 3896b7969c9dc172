package io.vigie.index.story;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.index.testing.Fixtures;
import io.vigie.index.testing.Texts;
import io.vigie.ingest.fingerprint.SimHash;
import io.vigie.model.SourceTier;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestInfraExtension.class)
class StoryGroupingIT {
    static final Instant T0 = Instant.parse("2006-06-12T07:00:00Z");

    static MentionDocument doc(String site, Instant at, String title, String text) {
        return Fixtures.document(Fixtures.enriched(Fixtures.raw("https://" + site + "/wire", at, title, text,
                SimHash.hex(text), Fixtures.source(site, "FR", SourceTier.REGIONAL, 1.0)), "fr", true, null,
                List.of(), null, null));
    }

    static StoryGrouper grouper(ElasticsearchClient es) {
        StorySettings d = StorySettings.defaults();
        // No memory: every match must come from Elasticsearch, as after a restart.
        return new StoryGrouper(new ElasticsearchCandidates(es, IndexNames.PATTERN, d.maxCandidates()),
                new StorySettings(d.window(), d.maxDistance(), d.minTitleSimilarity(), 0, d.maxCandidates()));
    }

    @Test
    void copiesOnOtherSitesJoinTheStoryIndexedFirstAndReDeliveryKeepsIt(@ElasticsearchUrl String url)
            throws Exception {
        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null)) {
            new SchemaInstaller(es, 1, 0).applyAll();
            String wire = Texts.WIRE;
            MentionDocument original = doc("laprovence.com", T0, "Marseille : le Vieux-Port sera rénové", wire);
            List<MentionDocument> first = grouper(es).assign(List.of(original));
            Fixtures.index(es, first);

            MentionDocument copy = doc("lefigaro.fr", T0.plusSeconds(3_600), "Le Vieux-Port de Marseille sera rénové",
                    "Marseille. " + wire);
            MentionDocument unrelated = doc("nicematin.com", T0.plusSeconds(1_800), "Incendie dans les calanques",
                    Texts.OTHER);
            List<MentionDocument> second = grouper(es).assign(List.of(copy, unrelated));
            Fixtures.index(es, second);

            assertThat(first.get(0).string("story_id")).isEqualTo(original.id());
            assertThat(second.get(0).string("story_id")).isEqualTo(original.id());
            assertThat(second.get(1).string("story_id")).isEqualTo(unrelated.id());

            // Re-delivery of all three to a fresh instance: same stories.
            List<MentionDocument> again = grouper(es).assign(List.of(unrelated, copy, original));
            assertThat(again).extracting(d -> d.string("story_id"))
                    .containsExactly(unrelated.id(), original.id(), original.id());
        }
    }
}
