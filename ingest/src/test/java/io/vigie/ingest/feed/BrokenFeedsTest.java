package io.vigie.ingest.feed;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One test per way real feeds break, each asserting what a reader would expect to get back. */
class BrokenFeedsTest {
    private static final URI FEED = URI.create("https://news.example/feeds/rss.xml");
    private final RomeFeedParser parser = new RomeFeedParser();

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Actu</title>"
                + "<link>https://news.example/</link>" + items + "</channel></rss>";
    }

    private static final String ITEM = "<item><title>Marseille</title><link>https://news.example/a</link></item>";

    private ParsedFeed parse(byte[] bytes) throws FeedParseException {
        return parser.parse("t", FEED, bytes, null);
    }

    @Test
    void wellFormedFeedIsNotMarkedRecovered() throws Exception {
        ParsedFeed feed = parse(rss(ITEM).getBytes(UTF_8));
        assertThat(feed.recovered()).isFalse();
        assertThat(feed.repairs()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(rss("<item><title>Évasion à Aix</title><link>https://news.example/a</link></item>").getBytes(UTF_8));
        ParsedFeed feed = parse(out.toByteArray());
        assertThat(feed.entries().get(0).title()).isEqualTo("Évasion à Aix");
        assertThat(feed.recovered()).isFalse();
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.write(rss("<item><title>Évasion</title><link>https://news.example/a</link></item>")
                .replace("UTF-8", "UTF-16").getBytes(UTF_16LE));
        assertThat(parse(out.toByteArray()).entries().get(0).title()).isEqualTo("Évasion");
    }

    @Test
    void declaredUtf8ButLatin1BytesIsRecovered() throws Exception {
        byte[] bytes = rss("<item><title>Fête à Aubagne</title><link>https://news.example/a</link></item>").getBytes(ISO_8859_1);
        ParsedFeed feed = parse(bytes);
        assertThat(feed.entries().get(0).title()).isEqualTo("Fête à Aubagne");
        assertThat(feed.recovered()).isTrue();
        assertThat(feed.repairs()).anyMatch(r -> r.startsWith("encoding: declared UTF-8"));
    }

    @Test
    void declaredLatin1ButUtf8BytesIsRecovered() throws Exception {
        byte[] bytes = rss("<item><title>Fête à Aubagne</title><link>https://news.example/a</link></item>")
                .replace("UTF-8", "ISO-8859-1").getBytes(UTF_8);
        ParsedFeed feed = parse(bytes);
        assertThat(feed.entries().get(0).title()).isEqualTo("Fête à Aubagne");
        assertThat(feed.recovered()).isTrue();
    }

    @Test
    void unknownDeclaredEncodingFallsBackToSniffing() throws Exception {
        byte[] bytes = rss("<item><title>Cassis</title><link>https://news.example/a</link></item>").replace("UTF-8", "x-fake").getBytes(UTF_8);
        ParsedFeed feed = parse(bytes);
        assertThat(feed.entries()).hasSize(1);
        assertThat(feed.repairs()).anyMatch(r -> r.contains("unknown charset 'x-fake'"));
    }

    @Test
    void bareAmpersandsAreEscaped() throws Exception {
        ParsedFeed feed = parse(rss("<item><title>Pastis & boules</title><link>https://news.example/a?x=1&y=2</link></item>").getBytes(UTF_8));
        assertThat(feed.recovered()).isTrue();
        assertThat(feed.entries().get(0).title()).isEqualTo("Pastis & boules");
        assertThat(feed.entries().get(0).link()).isEqualTo("https://news.example/a?x=1&y=2");
    }

    @Test
    void htmlEntitiesUndeclaredInXmlAreReplaced() throws Exception {
        ParsedFeed feed = parse(rss("<item><title>Op&eacute;ra&nbsp;de Marseille &mdash; saison</title>"
                + "<link>https://news.example/a</link><description>Caf&eacute; &amp; <![CDATA[&nbsp;kept]]></description></item>").getBytes(UTF_8));
        assertThat(feed.recovered()).isTrue();
        assertThat(feed.repairs()).anyMatch(r -> r.contains("HTML entities"));
        assertThat(feed.entries().get(0).title()).isEqualTo("Opéra de Marseille — saison");
        assertThat(feed.entries().get(0).summary()).isEqualTo("Café & kept");
    }

    @Test
    void junkBeforeTheXmlDeclarationIsStripped() throws Exception {
        ParsedFeed feed = parse(("\n\n  <!-- cache hit -->garbage\n" + rss(ITEM)).getBytes(UTF_8));
        assertThat(feed.recovered()).isTrue();
        assertThat(feed.entries()).hasSize(1);
        assertThat(feed.repairs()).anyMatch(r -> r.contains("before the XML declaration"));
    }

    @Test
    void truncatedDocumentKeepsTheCompleteEntries() throws Exception {
        String full = rss(ITEM + "<item><title>Second</title><link>https://news.example/b</link></item>"
                + "<item><title>Third</title><link>https://news.example/c</link><description>cut here");
        ParsedFeed feed = parse(full.substring(0, full.indexOf("cut here") + 4).getBytes(UTF_8));
        assertThat(feed.recovered()).isTrue();
        assertThat(feed.entries()).extracting(FeedEntry::link)
                .startsWith("https://news.example/a", "https://news.example/b");
        assertThat(feed.repairs()).anyMatch(r -> r.contains("forgiving XML parser"));
    }

    @Test
    void netscapeDoctypeIsRemovedWithoutFetchingIt() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Old</title><link>http://old.example/</link><description>d</description>"
                + "<language>fr</language><item><title>Caf&eacute;</title><link>http://old.example/1</link></item></channel></rss>";
        ParsedFeed feed = parse(xml.getBytes(ISO_8859_1));
        assertThat(feed.format()).isEqualTo("rss_0.91N");
        assertThat(feed.entries().get(0).title()).isEqualTo("Café");
        assertThat(feed.language()).isEqualTo("fr");
    }

    @Test
    void rss10Rdf() throws Exception {
        String xml = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                 <channel rdf:about="https://r.example/"><title>RDF</title><link>https://r.example/</link><description>d</description>
                  <items><rdf:Seq><rdf:li rdf:resource="https://r.example/1"/></rdf:Seq></items></channel>
                 <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link>
                  <dc:date>2026-07-22T08:30:00+02:00</dc:date><dc:creator>Ana</dc:creator><dc:subject>Port</dc:subject></item>
                </rdf:RDF>""";
        ParsedFeed feed = parse(xml.getBytes(UTF_8));
        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(feed.recovered()).isFalse();
        FeedEntry e = feed.entries().get(0);
        assertThat(e.published()).isEqualTo(Instant.parse("2026-07-22T06:30:00Z"));
        assertThat(e.authors()).containsExactly("Ana");
        assertThat(e.categories()).containsExactly("Port");
    }

    @Test
    void atom03WithRelativeLinksAndXmlBase() throws Exception {
        String xml = """
                <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:base="https://a.example/blog/">
                 <title>Old Atom</title><link rel="alternate" type="text/html" href="/"/><modified>2004-01-01T00:00:00Z</modified>
                 <entry xml:base="posts/"><title>Post</title>
                  <link rel="alternate" type="text/html" href="p1.html"/><id>tag:a,1</id>
                  <issued>2004-01-01T10:00:00+01:00</issued><modified>2004-01-02T00:00:00Z</modified>
                  <summary>Short</summary></entry>
                </feed>""";
        ParsedFeed feed = parse(xml.getBytes(UTF_8));
        assertThat(feed.format()).isEqualTo("atom_0.3");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.link()).isEqualTo("https://a.example/blog/posts/p1.html");
        assertThat(e.published()).isEqualTo(Instant.parse("2004-01-01T09:00:00Z"));
        assertThat(feed.link()).isEqualTo("https://a.example/");
    }

    @Test
    void atomPrefersTheAlternateLink() throws Exception {
        String xml = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2026-07-22T06:10:00Z</updated>
                 <entry><title>E</title><id>tag:t,1</id><updated>2026-07-22T06:10:00Z</updated>
                  <link rel="replies" href="https://t.example/comments"/><link rel="enclosure" href="https://t.example/a.mp3"/>
                  <link rel="alternate" type="application/pdf" href="https://t.example/e.pdf"/>
                  <link rel="alternate" type="text/html" href="/e.html"/></entry></feed>""";
        ParsedFeed feed = parser.parse("t", URI.create("https://t.example/feed"), xml.getBytes(UTF_8), null);
        assertThat(feed.entries().get(0).link()).isEqualTo("https://t.example/e.html");
    }

    @Test
    void guidPermalinkIsTheFallbackLink() throws Exception {
        ParsedFeed feed = parse(rss("<item><title>A</title><guid>https://news.example/g1</guid></item>"
                + "<item><title>B</title><guid isPermaLink=\"false\">https://news.example/not-a-link</guid></item>"
                + "<item><title>C</title><guid isPermaLink=\"true\">/relative/c</guid></item>").getBytes(UTF_8));
        assertThat(feed.entries()).extracting(FeedEntry::link)
                .containsExactly("https://news.example/g1", "https://news.example/relative/c");
        assertThat(feed.skipped()).isEqualTo(1);
    }

    @Test
    void dublinCoreDatesAndBadRfc822Dates() throws Exception {
        ParsedFeed feed = parse(("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>D</title>"
                + "<item><link>https://news.example/1</link><dc:date>2026-07-22T08:30:00+02:00</dc:date></item>"
                + "<item><link>https://news.example/2</link><pubDate>Mon, 22 Jul 2026 08:30:00 CEST</pubDate></item>"
                + "<item><link>https://news.example/3</link><pubDate>22 Jul 2026 08:30 +0200</pubDate></item>"
                + "<item><link>https://news.example/4</link><pubDate>Wednesday, 22 July 2026 06:30:00 GMT</pubDate></item>"
                + "</channel></rss>").getBytes(UTF_8));
        assertThat(feed.entries()).extracting(FeedEntry::published).containsOnly(Instant.parse("2026-07-22T06:30:00Z"));
    }

    @Test
    void contentEncodedIsKeptAndMediaContentCollected() throws Exception {
        String xml = """
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
                 <channel><title>M</title>
                  <item><title>Photo</title><link>https://news.example/p</link>
                   <description>Short &lt;b&gt;teaser&lt;/b&gt;</description>
                   <content:encoded><![CDATA[<p>Full <em>article</em> text.</p>]]></content:encoded>
                   <media:content url="https://img.example/1.jpg" medium="image"/>
                   <media:group><media:content url="/img/2.jpg"/></media:group>
                   <media:thumbnail url="https://img.example/t.jpg"/>
                   <enclosure url="https://img.example/3.jpg" type="image/jpeg" length="1"/></item>
                 </channel></rss>""";
        FeedEntry e = parse(xml.getBytes(UTF_8)).entries().get(0);
        assertThat(e.summary()).isEqualTo("Short teaser");
        assertThat(e.content()).isEqualTo("<p>Full <em>article</em> text.</p>");
        assertThat(e.media()).containsExactly("https://img.example/1.jpg", "https://news.example/img/2.jpg",
                "https://img.example/t.jpg", "https://img.example/3.jpg");
    }

    @Test
    void summaryFallsBackToContentAsText() throws Exception {
        String xml = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>M</title>"
                + "<item><link>https://news.example/p</link><content:encoded><![CDATA[<p>Only <b>content</b></p>]]></content:encoded></item></channel></rss>";
        FeedEntry e = parse(xml.getBytes(UTF_8)).entries().get(0);
        assertThat(e.summary()).isEqualTo("Only content");
        assertThat(e.content()).isEqualTo("<p>Only <b>content</b></p>");
    }

    @Test
    void tenThousandItems() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            items.append("<item><title>T").append(i).append("</title><link>https://news.example/").append(i)
                    .append("</link><description>&lt;p&gt;x&lt;/p&gt;</description><pubDate>Tue, 21 Jul 2026 22:10:00 +0200</pubDate></item>");
        }
        ParsedFeed feed = parse(rss(items.toString()).getBytes(UTF_8));
        assertThat(feed.entries()).hasSize(10_000);
        assertThat(feed.entries().get(9_999).link()).isEqualTo("https://news.example/9999");

        RomeFeedParser capped = new RomeFeedParser(new FeedParserSettings(100, 4000, 1000));
        assertThat(capped.parse("t", FEED, rss(items.toString()).getBytes(UTF_8), null).entries()).hasSize(100);
        assertThat(capped.counters()).containsEntry("entries_over_cap", 9_900L);
    }

    @Test
    void xxeIsRefusedEvenWhenTheDocumentIsOtherwiseBroken() {
        String xml = "junk<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1/evil.dtd\"> %p;]>"
                + "<rss version=\"2.0\"><channel><title>&nbsp; & </title>";
        assertThatThrownBy(() -> parse(xml.getBytes(UTF_8)))
                .isInstanceOfSatisfying(FeedParseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FeedFailure.UNSAFE_DTD);
                    assertThat(e.getMessage()).startsWith("source t: malformed feed: DOCTYPE declares entities (<!ENTITY % p ...>)");
                });
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new FeedParserSettings(0, 1, 1)).hasMessageContaining("feed.maxEntries");
    }

    @Test
    void wrongAtomNamespaceAndUnknownRssVersionAreRead() throws Exception {
        ParsedFeed atom = parse(("<feed xmlns=\"http://www.w3.org/2005/atom\"><title>T</title><entry><title>E</title>"
                + "<link href=\"https://news.example/e\"/></entry></feed>").getBytes(UTF_8));
        assertThat(atom.format()).isEqualTo("atom_1.0");
        assertThat(atom.recovered()).isTrue();
        assertThat(atom.entries()).extracting(FeedEntry::link).containsExactly("https://news.example/e");
        ParsedFeed rss = parse(rss(ITEM).replace("version=\"2.0\"", "version=\"2.0.1\"").getBytes(UTF_8));
        assertThat(rss.format()).isEqualTo("rss_2.0");
        assertThat(rss.entries()).hasSize(1);
    }

    @Test
    void countersSplitStrictRecoveredAndFailed() throws Exception {
        parse(rss(ITEM).getBytes(UTF_8));
        parse(rss(ITEM.replace("Marseille", "A & B")).getBytes(UTF_8));
        assertThatThrownBy(() -> parse("<html/>".getBytes(UTF_8))).isInstanceOf(FeedParseException.class);
        assertThat(parser.counters()).containsEntry("feeds_strict", 1L).containsEntry("feeds_recovered", 1L)
                .containsEntry("feeds_failed_not_a_feed", 1L).containsEntry("entries", 2L);
    }
}
