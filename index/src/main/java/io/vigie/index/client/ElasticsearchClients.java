package io.vigie.index.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;

/**
 * Creates the one Elasticsearch client of a process. The caller owns it and closes it
 * ({@link ElasticsearchClient} is {@link AutoCloseable} through its transport).
 */
public final class ElasticsearchClients {
    private ElasticsearchClients() {
    }

    /**
     * @param url      e.g. {@code http://localhost:9200}
     * @param apiKey   encoded API key, or null
     * @param user     basic-auth user, or null (ignored when an API key is given)
     * @param password basic-auth password, or null
     */
    public static ElasticsearchClient create(String url, String apiKey, String user, String password) {
        URI uri = parse(url);
        return ElasticsearchClient.of(b -> {
            b.host(uri.toString());
            if (notBlank(apiKey)) {
                b.apiKey(apiKey);
            } else if (notBlank(user)) {
                b.usernameAndPassword(user, password == null ? "" : password);
            }
            return b;
        });
    }

    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Elasticsearch url is required, e.g. http://localhost:9200");
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Elasticsearch url is not a URL: " + url, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("Elasticsearch url must be http:// or https://, got: " + url);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Elasticsearch url has no host: " + url);
        }
        return uri;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
