package io.vigie.dashboards.kibana;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** How we authenticate to Kibana. {@code toString} never prints a secret. */
public sealed interface KibanaAuth {

    /** The {@code Authorization} header value, if any. */
    Optional<String> authorizationHeader();

    static KibanaAuth none() {
        return new None();
    }

    static KibanaAuth apiKey(String encodedKey) {
        return new ApiKey(encodedKey);
    }

    static KibanaAuth basic(String username, String password) {
        return new Basic(username, password);
    }

    record None() implements KibanaAuth {
        @Override
        public Optional<String> authorizationHeader() {
            return Optional.empty();
        }
    }

    /** An Elasticsearch API key in its encoded form (base64 of {@code id:api_key}), as Kibana shows it. */
    record ApiKey(String encodedKey) implements KibanaAuth {
        public ApiKey {
            if (encodedKey == null || encodedKey.isBlank() || encodedKey.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("Kibana API key must be a non-empty encoded key without spaces");
            }
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of("ApiKey " + encodedKey);
        }

        @Override
        public String toString() {
            return "ApiKey[****]";
        }
    }

    record Basic(String username, String password) implements KibanaAuth {
        public Basic {
            if (username == null || username.isBlank() || username.contains(":")) {
                throw new IllegalArgumentException("Kibana username must be non-empty and contain no ':'");
            }
            if (password == null) {
                throw new IllegalArgumentException("Kibana password must not be null");
            }
        }

        @Override
        public Optional<String> authorizationHeader() {
            String token = Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return Optional.of("Basic " + token);
        }

        @Override
        public String toString() {
            return "Basic[" + username + ":****]";
        }
    }
}
