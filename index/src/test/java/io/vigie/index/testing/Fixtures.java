package io.vigie.index.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.vigie.index.document.DecodedMention;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.document.MentionDocumentMapper;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.MonthlyIndices;
import io.vigie.model.EnrichedMention;
import io.vigie.model.LanguageGuess;
import io.vigie.model.MentionId;
import io.vigie.model.RawMention;
import io.vigie.model.Sentiment;
import io.vigie.model.SourceRef;
import io.vigie.model.SourceTier;
import io.vigie.model.TextSource;
import io.vigie.model.Territory;
import io.vigie.model.Transitions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds enriched mentions field by field, and writes their documents straight to Elasticsearch. */
public final class Fixtures {
    private Fixtures() {
    }

    public static SourceRef source(String id, String country, SourceTier tier, double weight) {
        return new SourceRef(id, id, "feed", id + ".example", country, null, tier, weight);
    }

    public static RawMention raw(String url, Instant published, String title, String text, String fingerprint,
                                 SourceRef source) {
        return new RawMention(RawMention.SCHEMA_VERSION, MentionId.of(url), url, url, title, text, TextSource.PAGE,
                published, null, published.plusSeconds(60), List.of(), List.of(), null, null, null, fingerprint,
                source);
    }

    /**
     * @param sentiment null for a mention the sentiment step did not score
     * @param storyId   null to leave it to the index stage's grouping
     */
    public static EnrichedMention enriched(RawMention raw, String lang, boolean relevant, Sentiment sentiment,
                                           List<String> pillars, String frame, String storyId) {
        return new EnrichedMention(EnrichedMention.SCHEMA_VERSION, raw, new LanguageGuess(lang, 0.99, "model"),
                new Territory(relevant, relevant ? 0.9 : 0.1, List.of(), List.of(), List.of()), sentiment,
                new Transitions(pillars, List.of(), List.of(), frame, List.of()), storyId, Instant.parse("2030-01-01T00:00:00Z"));
    }

    public static Sentiment sentiment(String label, double score) {
        return new Sentiment(label, score, 0.9, label, score, List.of());
    }

    public static MentionDocument document(EnrichedMention m) {
        return new MentionDocumentMapper().map(new DecodedMention(m, Map.of()));
    }

    /** Indexes documents through their month aliases, refreshed. */
    public static void index(ElasticsearchClient es, List<MentionDocument> docs) throws Exception {
        MonthlyIndices months = new MonthlyIndices(es);
        List<BulkOperation> ops = new ArrayList<>();
        for (MentionDocument doc : docs) {
            String alias = months.ensure(doc.month());
            ops.add(BulkOperation.of(b -> b.index(x -> x.index(alias).id(doc.id()).requireAlias(true)
                    .document(BinaryData.of(doc.toJson(), ContentType.APPLICATION_JSON)))));
        }
        BulkResponse r = es.bulk(b -> b.operations(ops).refresh(Refresh.True));
        if (r.errors()) {
            throw new AssertionError("fixture not indexed: " + r.items().stream()
                    .filter(i -> i.error() != null).map(i -> i.error().reason()).toList());
        }
        es.indices().refresh(x -> x.index(IndexNames.READ_ALIAS));
    }
}
