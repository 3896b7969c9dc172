package io.vigie.index.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetIndexTemplateResponse;
import co.elastic.clients.elasticsearch.indices.IndexTemplateWithRollover;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs Vigie's index templates at start-up, idempotently: a template is put when absent, older,
 * or installed with other shard/replica counts; a newer one (from a newer Vigie) is left alone.
 */
public final class SchemaInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaInstaller.class);

    public enum Outcome { CREATED, UPGRADED, UNCHANGED, NEWER_PRESENT }

    private final ElasticsearchClient client;
    private final int shards;
    private final int replicas;

    public SchemaInstaller(ElasticsearchClient client, int shards, int replicas) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be >= 1, got " + shards);
        }
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must be >= 0, got " + replicas);
        }
        this.client = client;
        this.shards = shards;
        this.replicas = replicas;
    }

    public Outcome apply(VersionedTemplate template) {
        try {
            IndexTemplateWithRollover installed = installed(template.name());
            Outcome outcome;
            if (installed == null) {
                outcome = Outcome.CREATED;
            } else {
                long installedVersion = installed.version() == null ? 0 : installed.version();
                if (installedVersion > template.version()) {
                    LOG.warn("index template {} is at version {}, newer than this build's {}: left as is",
                            template.name(), installedVersion, template.version());
                    return Outcome.NEWER_PRESENT;
                }
                if (installedVersion == template.version() && sameShape(installed.meta(), template.variant())) {
                    return Outcome.UNCHANGED;
                }
                outcome = Outcome.UPGRADED;
            }
            client.indices().putIndexTemplate(r -> r
                    .name(template.name())
                    .withJson(new StringReader(template.body(shards, replicas))));
            LOG.info("index template {} {} at version {} ({} shard(s), {} replica(s))",
                    template.name(), outcome == Outcome.CREATED ? "created" : "upgraded",
                    template.version(), shards, replicas);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install index template " + template.name()
                    + ": Elasticsearch unreachable", e);
        }
    }

    /**
     * Installs every template this build ships, the mentions one in the variant the cluster's analyzers
     * allow, and creates the daily aggregates index.
     */
    public Installed applyAll() {
        Set<String> analyzers = new AnalyzerProbe(client).available(LanguageSubfields.ANALYZERS.values());
        Outcome mentions = apply(VersionedTemplate.mentions(analyzers));
        Outcome daily = apply(VersionedTemplate.daily());
        ensureDailyIndex();
        return new Installed(analyzers, mentions, daily);
    }

    /** What {@link #applyAll()} did: the language analyzers found, and each template's outcome. */
    public record Installed(Set<String> analyzers, Outcome mentions, Outcome daily) {
    }

    private void ensureDailyIndex() {
        try {
            if (!client.indices().exists(r -> r.index(IndexNames.DAILY_INDEX)).value()) {
                client.indices().create(c -> c.index(IndexNames.DAILY_INDEX));
                LOG.info("created index {}", IndexNames.DAILY_INDEX);
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + IndexNames.DAILY_INDEX + ": Elasticsearch unreachable", e);
        }
    }

    private IndexTemplateWithRollover installed(String name) throws IOException {
        try {
            GetIndexTemplateResponse response = client.indices().getIndexTemplate(r -> r.name(name));
            return response.indexTemplates().isEmpty() ? null : response.indexTemplates().get(0).indexTemplate();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private boolean sameShape(Map<String, JsonData> meta, String variant) {
        return meta != null
                && variant.equals(asString(meta.get("variant")))
                && asInt(meta.get("shards")) == shards
                && asInt(meta.get("replicas")) == replicas;
    }

    private static String asString(JsonData value) {
        try {
            return value == null ? "" : value.to(String.class);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static int asInt(JsonData value) {
        try {
            return value == null ? -1 : value.to(Integer.class);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
