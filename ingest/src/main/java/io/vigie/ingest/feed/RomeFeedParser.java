package io.vigie.ingest.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.vigie.ingest.health.Counters;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through Rome, strict first, then lenient.
 *
 * <p>Steps: decode (BOM, declaration, HTTP charset, sniffing) → refuse a DOCTYPE that declares
 * entities, drop a plain one → strict XML parse. If that fails: text repairs ({@link XmlRepair}) and
 * parse again; if that still fails, Jsoup's forgiving XML parser ({@link ForgivingXml}). Any repair
 * marks the result {@code recovered}. The XML parser never sees a DOCTYPE, so nothing is fetched and
 * nothing expands. Thread-safe.
 */
public final class RomeFeedParser implements FeedParser {

    private static final Logger LOG = LoggerFactory.getLogger(RomeFeedParser.class);

    private final FeedMapper mapper;
    private final Counters counters = new Counters();

    public RomeFeedParser() {
        this(FeedParserSettings.DEFAULTS);
    }

    public RomeFeedParser(FeedParserSettings settings) {
        this.mapper = new FeedMapper(settings);
    }

    @Override
    public ParsedFeed parse(String sourceId, URI feedUrl, byte[] body, String contentType) throws FeedParseException {
        try {
            ParsedFeed feed = doParse(sourceId, feedUrl, body, contentType);
            counters.increment(feed.recovered() ? "feeds_recovered" : "feeds_strict");
            counters.add("entries", feed.entries().size());
            counters.add("entries_without_link", feed.skipped());
            return feed;
        } catch (FeedParseException e) {
            counters.increment("feeds_failed_" + e.kind().label());
            throw e;
        }
    }

    /** feeds_strict, feeds_recovered, feeds_failed_&lt;reason&gt;, entries, entries_without_link, entries_over_cap. */
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    private ParsedFeed doParse(String sourceId, URI feedUrl, byte[] body, String contentType) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException(sourceId, FeedFailure.EMPTY, "empty document", null);
        }
        FeedText decoded = FeedDecoder.decode(body, contentType);
        List<String> repairs = new ArrayList<>(decoded.repairs());
        DoctypeGuard.Result prolog = DoctypeGuard.inspect(sourceId, decoded.text());
        Document doc = parseXml(sourceId, prolog.text(), repairs);
        SyndFeed feed = build(sourceId, doc, repairs);
        FeedMapper.Mapped mapped = mapper.map(feed, doc, feedUrl);
        if (mapped.overCap() > 0) {
            counters.add("entries_over_cap", mapped.overCap());
            LOG.debug("source {}: {} entries beyond the cap ignored", sourceId, mapped.overCap());
        }
        String format = feed.getFeedType();
        if (repairs.contains(FeedNormalizer.RSS_11_NOTE)) {
            format = "rss_1.1";
        }
        if ("rss_0.91U".equals(format) && prolog.netscape()) {
            format = "rss_0.91N"; // Rome tells 0.91 Netscape by its DOCTYPE, which was removed for safety
        }
        if (!repairs.isEmpty()) {
            LOG.debug("source {}: feed recovered: {}", sourceId, repairs);
        }
        return new ParsedFeed(format, mapped.title(), mapped.link(), mapped.language(), mapped.entries(),
                mapped.skipped(), !repairs.isEmpty(), repairs);
    }

    private static Document parseXml(String sourceId, String text, List<String> repairs) throws FeedParseException {
        try {
            return SafeXml.parse(text);
        } catch (JDOMException | IOException strictError) {
            List<String> attempt = new ArrayList<>();
            attempt.add("not well-formed XML (" + describe(strictError) + ")");
            String repaired = XmlRepair.repair(text, attempt);
            if (attempt.size() > 1) {
                try {
                    Document doc = SafeXml.parse(repaired);
                    repairs.addAll(attempt);
                    return doc;
                } catch (JDOMException | IOException stillBroken) {
                    // fall through to the forgiving parser
                }
            }
            String rewritten = ForgivingXml.rewrite(repaired, attempt);
            if (rewritten == null) {
                throw new FeedParseException(sourceId, FeedFailure.NOT_XML, "not XML: " + describe(strictError), strictError);
            }
            try {
                Document doc = SafeXml.parse(rewritten);
                attempt.add("rebuilt with a forgiving XML parser");
                repairs.addAll(attempt);
                return doc;
            } catch (JDOMException | IOException e) {
                throw new FeedParseException(sourceId, FeedFailure.MALFORMED, describe(strictError), strictError);
            }
        }
    }

    private static SyndFeed build(String sourceId, Document doc, List<String> repairs) throws FeedParseException {
        String root = doc.getRootElement().getQualifiedName();
        try {
            return rome(doc);
        } catch (IllegalArgumentException | FeedException | IllegalStateException | NullPointerException e) {
            List<String> notes = FeedNormalizer.normalize(doc);
            if (!notes.isEmpty()) {
                try {
                    SyndFeed feed = rome(doc);
                    repairs.addAll(notes);
                    return feed;
                } catch (RuntimeException | FeedException stillRefused) {
                    // report the original refusal below
                }
            }
            if (e.getMessage() != null && e.getMessage().startsWith("Invalid document")) {
                throw new FeedParseException(sourceId, FeedFailure.NOT_A_FEED,
                        "not an RSS or Atom feed (root element <" + root + ">)", e);
            }
            throw new FeedParseException(sourceId, FeedFailure.MALFORMED, "feed structure not readable: " + describe(e), e);
        } catch (RuntimeException e) {
            // Rome throws a few other unchecked exceptions on odd documents; they are still bad input.
            throw new FeedParseException(sourceId, FeedFailure.MALFORMED, "feed structure not readable: " + describe(e), e);
        }
    }

    private static SyndFeed rome(Document doc) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(doc);
    }

    static String describe(Exception e) {
        if (e instanceof JDOMParseException p && p.getLineNumber() > 0) {
            String message = p.getCause() != null && p.getCause().getMessage() != null ? p.getCause().getMessage() : p.getMessage();
            return "line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ": " + message;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + " (" + cause.getMessage() + ")";
        }
        return message.toLowerCase(Locale.ROOT).startsWith("invalid document") ? "not an RSS or Atom feed: " + message : message;
    }
}
