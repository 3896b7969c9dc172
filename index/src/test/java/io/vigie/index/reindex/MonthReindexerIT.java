package io.vigie.index.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.document.DecodedMention;
import io.vigie.index.document.MentionDocument;
import io.vigie.index.document.MentionDocumentMapper;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.MonthlyIndices;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.index.testing.Mentions;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestInfraExtension.class)
class MonthReindexerIT {

    @Test
    void movesAMonthToANewGenerationWithoutLosingOrDuplicatingDocuments(@ElasticsearchUrl String url)
            throws Exception {
        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null)) {
            SchemaInstaller installer = new SchemaInstaller(es, 1, 0);
            installer.applyAll();
            YearMonth month = YearMonth.of(2013, 4);
            String alias = new MonthlyIndices(es).ensure(month);
            MentionDocumentMapper mapper = new MentionDocumentMapper();
            List<BulkOperation> ops = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                MentionDocument doc = mapper.map(new DecodedMention(Mentions.enriched(Mentions.raw(
                        "https://reindex.example/" + i, Instant.parse("2013-04-10T12:00:00Z"))), Map.of()));
                ids.add(doc.id());
                ops.add(BulkOperation.of(b -> b.index(x -> x.index(alias).id(doc.id()).requireAlias(true)
                        .version(doc.version()).versionType(VersionType.ExternalGte)
                        .document(BinaryData.of(doc.toJson(), ContentType.APPLICATION_JSON)))));
            }
            assertThat(es.bulk(b -> b.operations(ops).refresh(co.elastic.clients.elasticsearch._types.Refresh.True))
                    .errors()).isFalse();

            ReindexResult result = new MonthReindexer(es, installer).reindex(month);

            assertThat(result.fromIndex()).isEqualTo(IndexNames.concreteIndex(month, 1));
            assertThat(result.toIndex()).isEqualTo(IndexNames.concreteIndex(month, 2));
            assertThat(result.copied()).isEqualTo(7);
            Map<String, IndexAliases> aliases = es.indices().getAlias(r -> r.index(result.toIndex())).aliases();
            assertThat(aliases.get(result.toIndex()).aliases()).containsKeys(alias, IndexNames.READ_ALIAS);
            assertThat(es.indices().exists(r -> r.index(result.fromIndex())).value()).isFalse();

            es.indices().refresh(r -> r.index(IndexNames.READ_ALIAS));
            assertThat(es.count(c -> c.index(IndexNames.READ_ALIAS).query(q -> q.ids(i -> i.values(ids)))).count())
                    .isEqualTo(7);
            // The preserved versions still protect against stale writes through the month alias.
            MentionDocument stale = mapper.map(new DecodedMention(Mentions.enriched(Mentions.raw(
                    "https://reindex.example/0", Instant.parse("2013-04-10T12:00:00Z"))), Map.of()));
            var answer = es.bulk(b -> b.operations(o -> o.index(x -> x.index(alias).id(stale.id()).requireAlias(true)
                    .version(stale.version() - 1).versionType(VersionType.ExternalGte)
                    .document(BinaryData.of(stale.toJson(), ContentType.APPLICATION_JSON)))));
            assertThat(answer.items().get(0).status()).isEqualTo(409);
            assertThat(answer.items().get(0).index()).isEqualTo(result.toIndex());

            // And again: generation 3.
            assertThat(new MonthReindexer(es, installer).reindex(month).toIndex())
                    .isEqualTo(IndexNames.concreteIndex(month, 3));
        }
    }
}
