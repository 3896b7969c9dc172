package io.vigie.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes page bytes into a DOM. Charset order: HTTP header, then BOM / {@code <meta charset>}
 * (Jsoup sniffs both when no charset is given), then UTF-8.
 */
public final class HtmlDocuments {

    private HtmlDocuments() {
    }

    public static Document parse(byte[] body, Charset headerCharset, URI pageUrl) {
        String base = pageUrl == null ? "" : pageUrl.toString();
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), headerCharset == null ? null : headerCharset.name(), base);
        } catch (IOException e) {
            // Reading a byte array cannot fail for I/O reasons.
            throw new UncheckedIOException(e);
        }
    }
}
