package io.vigie.alerts.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.vigie.model.AlertEvent;
import io.vigie.model.StoryRef;
import io.vigie.alerts.stream.AlertSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes alert events into {@code vigie-alerts}, one document per notification with id
 * {@link AlertEvent#key()}: a re-delivery overwrites instead of duplicating.
 */
public final class AlertIndexer implements AlertSink {
    public static final String INDEX = "vigie-alerts";
    public static final String TEMPLATE = "vigie-alerts";
    private final ElasticsearchClient client;
    private final String index;

    public AlertIndexer(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public String name() {
        return "indexer";
    }

    /** Puts the index template for {@code vigie-alerts*} (plain keyword/date/float mappings: works on the minimal ES). */
    public static void installTemplate(ElasticsearchClient client) {
        try (InputStream in = AlertIndexer.class.getResourceAsStream("/elasticsearch/vigie-alerts.template.json")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            client.indices().putIndexTemplate(r -> r.name(TEMPLATE).withJson(new StringReader(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install index template " + TEMPLATE, e);
        }
    }

    @Override
    public void deliver(AlertEvent alert) throws IOException {
        client.index(r -> r.index(index).id(alert.key()).document(document(alert)));
    }

    public static Map<String, Object> document(AlertEvent a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@timestamp", a.windowEnd().toString());
        d.put("incident_id", a.incidentId());
        d.put("sequence", a.sequence());
        d.put("step", a.step().code());
        d.put("severity", a.severity().code());
        d.put("series", a.series());
        d.put("pillar", a.pillar() == null ? "all" : a.pillar());
        d.put("observed", a.observed());
        d.put("baseline", a.baseline());
        d.put("factor", a.factor());
        d.put("peak_factor", a.peakFactor());
        d.put("negative_mentions", a.negativeMentions());
        d.put("negative_stories", a.negativeStories());
        d.put("total_mentions", a.totalMentions());
        d.put("window_start", a.windowStart().toString());
        d.put("window_end", a.windowEnd().toString());
        d.put("incident_start", a.incidentStart().toString());
        d.put("status", a.status());
        d.put("reason", a.reason());
        d.put("terms", a.terms());
        d.put("known_events", a.knownEvents());
        List<Map<String, Object>> stories = a.topStories().stream().map(AlertIndexer::story).toList();
        d.put("top_stories", stories);
        return d;
    }

    private static Map<String, Object> story(StoryRef s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story_id", s.storyId());
        m.put("title", s.title());
        m.put("url", s.url());
        m.put("outlet", s.outlet());
        m.put("country", s.country());
        m.put("language", s.language());
        m.put("mentions", s.mentions());
        return m;
    }
}
