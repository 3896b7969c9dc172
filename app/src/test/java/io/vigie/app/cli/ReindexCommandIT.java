package io.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.vigie.index.client.ElasticsearchClients;
import io.vigie.index.schema.IndexNames;
import io.vigie.index.schema.MonthlyIndices;
import io.vigie.index.schema.SchemaInstaller;
import io.vigie.testkit.ElasticsearchUrl;
import io.vigie.testkit.TestInfraExtension;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestInfraExtension.class)
class ReindexCommandIT {
    @Test
    void reindexesAMonthAndRebuildsItsDailyAggregates(@ElasticsearchUrl String url) throws Exception {
        YearMonth month = YearMonth.of(2002, 2);
        try (ElasticsearchClient es = ElasticsearchClients.create(url, null, null, null)) {
            new SchemaInstaller(es, 1, 0).applyAll();
            String alias = new MonthlyIndices(es).ensure(month);
            String doc = """
                    {"@timestamp":"2002-02-14T10:00:00Z","id":"reindex-cli-1","canonical_url":"https://x.example/1",
                     "lang":"fr","source":{"id":"s","country":"FR","audience_weight":2.0},"pillars":["social"]}""";
            es.index(i -> i.index(alias).id("reindex-cli-1").requireAlias(true).refresh(Refresh.True)
                    .document(BinaryData.of(doc.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON)));

            CliRun run = CliRun.of(new ReindexCommand(), "--month", "2002.02", "--elasticsearch", url);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains(IndexNames.concreteIndex(month, 2)).contains("1 document(s) copied")
                    .contains("1 daily aggregate bucket(s) recomputed");
            var daily = es.get(g -> g.index(IndexNames.DAILY_INDEX).id("2002-02-14|fr|FR|social"),
                    com.fasterxml.jackson.databind.JsonNode.class);
            assertThat(daily.found()).isTrue();
            assertThat(daily.source().path("weighted_mentions").asDouble()).isEqualTo(2.0);
        }
    }
}
