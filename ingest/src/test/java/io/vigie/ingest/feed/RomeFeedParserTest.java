package io.vigie.ingest.feed;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RomeFeedParserTest {
    private final RomeFeedParser parser = new RomeFeedParser();
    private static final URI FEED = URI.create("https://news.example/rss.xml");

    @Test
    void parsesRss2WithDublinCoreAndRelativeLinks() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                 <channel><title>Actu</title><link>https://news.example/</link><language>fr</language>
                  <item><title>Incendie &amp; évacuations</title><link>/a/1.html?utm_source=rss</link>
                   <pubDate>Tue, 21 Jul 2026 22:10:00 +0200</pubDate><dc:creator>Claire Vidal</dc:creator>
                   <category>Faits divers</category><description><![CDATA[<p>Le feu <b>fixé</b>.</p>]]></description></item>
                  <item><title>Sans date RFC</title><link>https://news.example/a/2.html</link><dc:date>2026-07-22T08:30:00+02:00</dc:date></item>
                  <item><title>Sans lien</title></item>
                 </channel></rss>""";
        ParsedFeed feed = parser.parse("actu", FEED, xml.getBytes(UTF_8), "application/rss+xml");
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.language()).isEqualTo("fr");
        assertThat(feed.skipped()).isEqualTo(1);
        assertThat(feed.entries()).hasSize(2);
        FeedEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("Incendie & évacuations");
        assertThat(first.link()).isEqualTo("https://news.example/a/1.html?utm_source=rss");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-07-21T20:10:00Z"));
        assertThat(first.summary()).isEqualTo("Le feu fixé.");
        assertThat(first.authors()).containsExactly("Claire Vidal");
        assertThat(first.categories()).containsExactly("Faits divers");
        assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2026-07-22T06:30:00Z"));
    }

    @Test
    void parsesAtom() throws Exception {
        String xml = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>T</title><id>x</id><updated>2026-07-22T06:10:00Z</updated>
                 <entry><title type="html">Wildfire &lt;b&gt;near&lt;/b&gt; Marseille</title>
                  <link rel="alternate" href="https://t.example/w"/><id>tag:t,1</id>
                  <published>2026-07-21T19:40:00Z</published><updated>2026-07-22T06:10:00Z</updated>
                  <author><name>Tom</name></author><summary>About 300 hectares.</summary></entry></feed>""";
        ParsedFeed feed = parser.parse("t", URI.create("https://t.example/feed"), xml.getBytes(UTF_8), null);
        assertThat(feed.format()).isEqualTo("atom_1.0");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.title()).isEqualTo("Wildfire near Marseille");
        assertThat(e.published()).isEqualTo(Instant.parse("2026-07-21T19:40:00Z"));
        assertThat(e.updated()).isEqualTo(Instant.parse("2026-07-22T06:10:00Z"));
        assertThat(e.authors()).containsExactly("Tom");
        assertThat(e.summary()).isEqualTo("About 300 hectares.");
    }

    @Test
    void honoursTheXmlDeclaredEncoding() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Diario</title>"
                + "<item><title>Exposición en Marsella</title><link>https://d.example/a</link></item></channel></rss>";
        ParsedFeed feed = parser.parse("d", FEED, xml.getBytes(ISO_8859_1), "text/xml");
        assertThat(feed.entries().get(0).title()).isEqualTo("Exposición en Marsella");
    }

    @Test
    void rejectsExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title><link>https://x.example/a</link></item></channel></rss>";
        assertThatThrownBy(() -> parser.parse("evil", FEED, xml.getBytes(UTF_8), null))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("source evil: malformed feed: DOCTYPE declares entities (<!ENTITY xxe ...>): refused")
                .hasMessageNotContaining("TOP-SECRET")
                .satisfies(e -> assertThat(((FeedParseException) e).kind()).isEqualTo(FeedFailure.UNSAFE_DTD));
    }

    @Test
    void rejectsBillionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        xml.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        assertThatThrownBy(() -> parser.parse("lolz", FEED, xml.toString().getBytes(UTF_8), null))
                .isInstanceOfSatisfying(FeedParseException.class, e -> {
                    assertThat(e.sourceId()).isEqualTo("lolz");
                    assertThat(e.kind()).isEqualTo(FeedFailure.UNSAFE_DTD);
                    assertThat(e.reason()).contains("entity expansion are not allowed");
                });
    }

    @Test
    void malformedFeedNamesTheSource() {
        assertThatThrownBy(() -> parser.parse("html", FEED, "<html><body>not a feed</body></html>".getBytes(UTF_8), null))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("source html: malformed feed: not an RSS or Atom feed (root element <html>)");
        assertThatThrownBy(() -> parser.parse("text", FEED, "just words, no markup".getBytes(UTF_8), null))
                .isInstanceOfSatisfying(FeedParseException.class, e -> assertThat(e.kind()).isEqualTo(FeedFailure.NOT_XML));
        assertThatThrownBy(() -> parser.parse("empty", FEED, new byte[0], null))
                .isInstanceOf(FeedParseException.class).hasMessage("source empty: malformed feed: empty document");
    }
}
