package io.vigie.ingest.extract;

import java.net.URI;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Decodes page bytes ({@link CharsetDetection}) into a DOM. */
public final class HtmlDocuments {

    private HtmlDocuments() {
    }

    public static Document parse(byte[] body, Charset headerCharset, URI pageUrl) {
        String base = pageUrl == null ? "" : pageUrl.toString();
        return Jsoup.parse(CharsetDetection.decode(body, headerCharset).text(), base);
    }
}
