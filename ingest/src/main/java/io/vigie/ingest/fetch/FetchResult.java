package io.vigie.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * A successful fetch.
 *
 * @param url         final URL, after redirects (relative links in the body resolve against it)
 * @param status      HTTP status (200, or 304 when not modified)
 * @param body        decoded body (content-encoding removed), empty when not modified
 * @param contentType Content-Type header, may be null
 * @param validators  validators to send on the next conditional request
 */
public record FetchResult(URI url, int status, byte[] body, String contentType, Validators validators) {

    public FetchResult {
        body = body == null ? new byte[0] : body;
        validators = validators == null ? Validators.NONE : validators;
    }

    public boolean notModified() {
        return status == 304;
    }

    /** The charset declared in the Content-Type header, when present and supported. */
    public Optional<Charset> declaredCharset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).trim().replace("\"", "").replace("'", "");
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
