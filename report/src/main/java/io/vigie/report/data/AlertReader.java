package io.vigie.report.data;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the alert steps of a period; an absent alerts index means no alerts, not an error. */
public final class AlertReader {
    private static final Logger LOG = LoggerFactory.getLogger(AlertReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 200;

    private final ElasticsearchClient client;
    private final String index;

    public AlertReader(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public List<AlertRow> read(Instant from, Instant to) {
        List<AlertRow> out = new ArrayList<>();
        try {
            var response = client.search(s -> s.index(index).ignoreUnavailable(true).allowNoIndices(true).size(MAX)
                    .query(q -> q.range(r -> r.date(d -> d.field("@timestamp").gte(from.toString()).lt(to.toString())
                            .format("strict_date_optional_time"))))
                    .sort(o -> o.field(f -> f.field("@timestamp").order(SortOrder.Asc)
                            .unmappedType(co.elastic.clients.elasticsearch._types.mapping.FieldType.Date))),
                    JsonData.class);
            for (Hit<JsonData> hit : response.hits().hits()) {
                AlertRow row = toRow(hit.source());
                if (row != null) {
                    out.add(row);
                }
            }
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                LOG.warn("report: cannot read alerts from {}: {}", index, e.getMessage());
            }
        } catch (IOException e) {
            LOG.warn("report: cannot read alerts from {}: {}", index, e.toString());
        }
        return out;
    }

    static AlertRow toRow(JsonData source) {
        if (source == null) {
            return null;
        }
        try {
            JsonNode d = JSON.readTree(source.toJson().toString());
            Instant ts = JsonFields.instant(d, "@timestamp");
            return ts == null ? null : new AlertRow(ts, JsonFields.text(d, "incident_id"), JsonFields.text(d, "step"),
                    JsonFields.text(d, "severity"), JsonFields.text(d, "pillar"), JsonFields.number(d, "observed"),
                    JsonFields.number(d, "baseline"), JsonFields.number(d, "factor"),
                    JsonFields.instant(d, "window_start"), JsonFields.instant(d, "window_end"));
        } catch (IOException e) {
            return null;
        }
    }
}
