package io.vigie.report.data;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.vigie.report.compute.StoryFinder;
import io.vigie.report.period.ReportPeriod;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.io.InputStream;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mentions without story id (schema v1), story leads and the cap on story titles, on the real Elasticsearch. */
@ExtendWith(TestInfraExtension.class)
class MentionAggregatesIT {
    private static final String INDEX = "vigie-report-aggregates-it";
    private static final ReportPeriod WEEK = ReportPeriod.isoWeek("2026-W47", ZoneId.of("Europe/Paris"));
    private static ElasticsearchClient client;
    private static MentionAggregates aggregates;

    @BeforeAll
    static void load(@ElasticsearchUrl String url) throws Exception {
        client = ElasticsearchClient.of(b -> b.host(url));
        if (client.indices().exists(e -> e.index(INDEX)).value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        try (InputStream mapping = MentionAggregatesIT.class.getResourceAsStream("/fixtures/mentions-mapping.json")) {
            String json = new String(mapping.readAllBytes()).replace("\"vigie-report-it\"", "\"vigie-report-aggregates-it-alias\"");
            client.indices().create(c -> c.index(INDEX).withJson(new StringReader(json)));
        }
        // k1..k3: one story, three copies, the widest read from "big"; u1, u2: no story id.
        index("k1", "2026-11-17T09:00:00Z", "K1", "small", 1.0, 0.4, "Tram opens", null);
        index("k2", "2026-11-17T10:00:00Z", "K1", "big", 5.0, 0.6, "Tram opens in Marseille", null);
        index("k3", "2026-11-18T10:00:00Z", "K1", "small", 1.0, 0.2, "Tram opens", "A fine line, says the mayor.");
        index("u1", "2026-11-19T10:00:00Z", null, "old", 1.0, 0.9, "Old praise", null);
        index("u2", "2026-11-19T11:00:00Z", null, "old", 1.0, -0.9, "Old blame", null);
        client.indices().refresh(r -> r.index(INDEX));
        aggregates = new MentionAggregates(client, INDEX, "FR");
    }

    private static void index(String id, String ts, String story, String source, double weight, double score,
                              String title, String evidence) throws Exception {
        String doc = "{\"@timestamp\":\"" + ts + "\",\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"url\":\"https://"
                + source + ".example/" + id + "\",\"relevant\":true,\"source\":{\"id\":\"" + source + "\",\"name\":\""
                + source.toUpperCase() + "\",\"country\":\"GB\",\"audience_weight\":" + weight + "},"
                + (story == null ? "" : "\"story_id\":\"" + story + "\",")
                + (evidence == null ? "" : "\"evidence\":\"" + evidence + "\",")
                + "\"sentiment\":{\"label\":\"" + (score > 0 ? "positive" : "negative") + "\",\"score\":" + score + "}}";
        client.index(i -> i.index(INDEX).id(id).refresh(Refresh.False).withJson(new StringReader(doc)));
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    @Test
    void mentionsWithoutStoryIdAreStoriesOfTheirOwn() {
        WindowCounts w = aggregates.windows(List.of(WEEK, WEEK.shiftBack(1)), 1).windows().get(0);
        assertThat(w.mentions()).isEqualTo(5);
        assertThat(w.stories()).as("K1 once, u1 and u2 each").isEqualTo(3);

        StoryFinder.TopStories top = new StoryFinder(aggregates, 5).find(WEEK);
        assertThat(top.positive()).extracting(s -> s.key()).containsExactly("K1", "id:u1");
        assertThat(top.negative()).extracting(s -> s.key()).containsExactly("id:u2");
        var k1 = top.positive().get(0);
        assertThat(k1.copies()).isEqualTo(3);
        assertThat(k1.outlets()).isEqualTo(2);
        assertThat(k1.meanScore()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(k1.outlet()).as("the most widely read copy").isEqualTo("BIG");
        assertThat(k1.title()).isEqualTo("Tram opens in Marseille");
        assertThat(k1.evidence()).as("from another copy, the lead has none").isEqualTo("A fine line, says the mayor.");
    }

    @Test
    void storyTitlesAreCappedAndSaySo() {
        StoryTitles all = aggregates.storyTitles(WEEK.start(), WEEK.end(), 1000);
        assertThat(all.sampled()).isFalse();
        assertThat(all.byStory()).containsKeys("K1", "title:Old praise", "title:Old blame");
        assertThat(all.byStory().get("K1")).containsExactlyInAnyOrder("Tram opens", "Tram opens in Marseille");

        StoryTitles capped = aggregates.storyTitles(WEEK.start(), WEEK.end(), 2);
        assertThat(capped.sampled()).isTrue();
        assertThat(capped.byStory().values().stream().mapToInt(List::size).sum()).isEqualTo(2);
    }
}
