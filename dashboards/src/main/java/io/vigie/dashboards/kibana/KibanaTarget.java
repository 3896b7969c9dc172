package io.vigie.dashboards.kibana;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where to import: Kibana base URL (with any base path, e.g. {@code https://host/kibana}), credentials, space and
 * per-request timeout. The app maps its YAML onto this record.
 */
public record KibanaTarget(URI url, KibanaAuth auth, String space, Duration timeout) {
    public static final String DEFAULT_SPACE = "default";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SPACE_ID = Pattern.compile("[a-z0-9_-]{1,100}");

    public KibanaTarget {
        Objects.requireNonNull(url, "Kibana url is required");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Kibana url must be http(s)://host[:port][/basePath], got: " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("Kibana url has no host: " + url);
        }
        if (url.getQuery() != null || url.getFragment() != null) {
            throw new IllegalArgumentException("Kibana url must not carry a query or fragment: " + url);
        }
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        url = URI.create(scheme + "://" + url.getRawAuthority() + path);
        auth = auth == null ? KibanaAuth.none() : auth;
        space = space == null || space.isBlank() ? DEFAULT_SPACE : space;
        if (!SPACE_ID.matcher(space).matches()) {
            throw new IllegalArgumentException(
                    "Kibana space id must be lowercase letters, digits, '_' or '-': " + space);
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Kibana timeout must be positive: " + timeout);
        }
    }

    public KibanaTarget(URI url, KibanaAuth auth) {
        this(url, auth, DEFAULT_SPACE, DEFAULT_TIMEOUT);
    }

    /** {@code url} plus {@code /s/{space}} for a non-default space: where space-scoped APIs live. */
    public URI spaceUrl(String apiPath) {
        String prefix = DEFAULT_SPACE.equals(space) ? "" : "/s/" + space;
        return URI.create(url + prefix + apiPath);
    }

    /** Not space-scoped ({@code /api/status}). */
    public URI baseUrl(String apiPath) {
        return URI.create(url + apiPath);
    }

    public String describe() {
        return url + (DEFAULT_SPACE.equals(space) ? "" : " (space '" + space + "')");
    }
}
