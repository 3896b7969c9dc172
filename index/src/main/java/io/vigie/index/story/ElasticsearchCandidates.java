package io.vigie.index.story;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.vigie.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Looks candidates up in the mention indices by band key ({@code fingerprint_bands}, a keyword). */
public final class ElasticsearchCandidates implements CandidateLookup {
    private final ElasticsearchClient client;
    private final String index;
    private final int maxCandidates;

    /**
     * @param index the mention indices to search, e.g. {@code vigie-mentions-*} (every generation: during a
     *              reindex, live writes are in a generation the read alias does not show yet)
     */
    public ElasticsearchCandidates(ElasticsearchClient client, String index, int maxCandidates) {
        this.client = client;
        this.index = index;
        this.maxCandidates = maxCandidates;
    }

    @Override
    public List<StoryCandidate> find(Collection<String> bandKeys, Instant from, Instant to) {
        if (bandKeys.isEmpty()) {
            return List.of();
        }
        List<FieldValue> values = bandKeys.stream().distinct().map(FieldValue::of).toList();
        SearchResponse<JsonNode> response;
        try {
            response = client.search(s -> s.index(index).ignoreUnavailable(true).allowNoIndices(true)
                    .size(maxCandidates)
                    .source(src -> src.filter(f -> f.includes("id", "@timestamp", "fingerprint", "title", "story_id")))
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.terms(t -> t.field("fingerprint_bands").terms(v -> v.value(values))))
                            .filter(f -> f.range(r -> r.date(d -> d.field("@timestamp")
                                    .gte(from.toString()).lte(to.toString()))))))
                    .sort(o -> o.field(f -> f.field("@timestamp").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("story lookup failed: Elasticsearch unreachable", e);
        }
        List<StoryCandidate> out = new ArrayList<>();
        for (Hit<JsonNode> hit : response.hits().hits()) {
            candidate(hit).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<StoryCandidate> candidate(Hit<JsonNode> hit) {
        JsonNode src = hit.source();
        if (src == null) {
            return Optional.empty();
        }
        Optional<Fingerprint> fp = Fingerprint.parse(src.path("fingerprint").asText(null));
        if (fp.isEmpty()) {
            return Optional.empty();
        }
        Instant ts;
        try {
            ts = Json.mapper().convertValue(src.path("@timestamp"), Instant.class);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
        if (ts == null) {
            return Optional.empty();
        }
        String id = src.path("id").asText(hit.id());
        return Optional.of(new StoryCandidate(id, ts, fp.get(), src.path("title").asText(null),
                src.path("story_id").asText(null)));
    }
}
