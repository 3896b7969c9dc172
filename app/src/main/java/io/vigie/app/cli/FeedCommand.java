package io.vigie.app.cli;

import static io.vigie.app.cli.JsonLinesPerInput.error;
import static io.vigie.app.cli.JsonLinesPerInput.isUrl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.app.config.ConfigException;
import io.vigie.app.config.ConfigLoader;
import io.vigie.app.config.VigieConfig;
import io.vigie.ingest.feed.FeedEntry;
import io.vigie.ingest.feed.FeedParseException;
import io.vigie.ingest.feed.FeedParser;
import io.vigie.ingest.feed.ParsedFeed;
import io.vigie.ingest.feed.RomeFeedParser;
import io.vigie.ingest.fetch.FetchException;
import io.vigie.ingest.fetch.FetchRequest;
import io.vigie.ingest.fetch.FetchResult;
import io.vigie.ingest.fetch.FetchSettings;
import io.vigie.ingest.fetch.Fetcher;
import io.vigie.ingest.fetch.HttpFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie feed INPUT...}: parses feeds (files or URLs) the way ingest does and prints one JSON
 * object per input and line, in input order. Exit 0 when every input parsed, 1 otherwise.
 *
 * <p>URLs go through the same {@link HttpFetcher} as ingest, SSRF guard included: private and loopback
 * addresses are refused unless {@code --allow-private} (or {@code ingest.allowPrivateAddresses}) is
 * set. The guard stays on by default even though the user typed the URL, because a public feed URL
 * can redirect to an internal address; a user debugging an intranet feed opts in explicitly, and the
 * opt-in then applies to the redirects of that command too.
 */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Parses RSS/Atom feeds (files or http(s) URLs) and prints one JSON object per input:",
                "{source, format, recovered, title, link, language, entries: [{title, link, published, summary,",
                "authors, categories}]} or {source, error}. Exit 0 when every input parsed, 1 otherwise."})
public final class FeedCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARALLELISM = 8;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Feed file or http(s) URL.")
    List<String> inputs;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (fetch timeouts, user agent; default: ./vigie.yaml when present).")
    Path configFile;

    @Option(names = "--allow-private",
            description = "Allow URLs (and their redirects) on private, loopback or link-local addresses.")
    boolean allowPrivate;

    private final FeedParser parser;
    private final Fetcher injectedFetcher;

    public FeedCommand() {
        this(new RomeFeedParser(), null);
    }

    /** For tests: a fetcher to use instead of a new {@link HttpFetcher}. */
    FeedCommand(FeedParser parser, Fetcher fetcher) {
        this.parser = parser;
        this.injectedFetcher = fetcher;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean needsNetwork = inputs.stream().anyMatch(JsonLinesPerInput::isUrl);
        HttpClient client = null;
        Fetcher fetcher = injectedFetcher;
        if (needsNetwork && fetcher == null) {
            FetchSettings settings;
            try {
                settings = fetchSettings();
            } catch (ConfigException | IllegalArgumentException e) {
                err.println(e.getMessage());
                return 1;
            }
            client = HttpFetcher.newClient(settings);
            fetcher = new HttpFetcher(client, settings);
        }
        boolean allOk;
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLELISM, inputs.size()))) {
            List<Future<ObjectNode>> results = new ArrayList<>();
            Fetcher f = fetcher;
            for (String input : inputs) {
                results.add(pool.submit(() -> describe(input, f)));
            }
            allOk = JsonLinesPerInput.print(inputs, results, out);
        } finally {
            if (client != null) {
                client.close();
            }
        }
        return allOk ? 0 : 1;
    }

    private FetchSettings fetchSettings() {
        VigieConfig config = ConfigLoader.fromSystemEnvironment().load(configFile);
        VigieConfig.Ingest ingest = config.ingest();
        return FetchSettings.DEFAULTS
                .withReadTimeout(ingest.readTimeout())
                .withMaxBodyBytes(ingest.maxBodyBytes())
                .withAllowPrivateAddresses(allowPrivate || ingest.allowPrivateAddresses());
    }

    private ObjectNode describe(String input, Fetcher fetcher) {
        try {
            byte[] body;
            URI base;
            String contentType = null;
            if (isUrl(input)) {
                FetchResult result = fetcher.fetch(FetchRequest.feed("cli", URI.create(input.strip()), null));
                body = result.body();
                base = result.url();
                contentType = result.contentType();
            } else {
                Path path = Path.of(input);
                body = Files.readAllBytes(path);
                base = null; // relative links in a local file have no site to resolve against
            }
            return json(input, parser.parse(input, base, body, contentType));
        } catch (FeedParseException e) {
            return error(input, e.reason());
        } catch (FetchException e) {
            return error(input, e.getMessage());
        } catch (NoSuchFileException e) {
            return error(input, "no such file");
        } catch (IOException e) {
            return error(input, "cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(input, "invalid input: " + e.getMessage());
        }
    }


    static ObjectNode json(String source, ParsedFeed feed) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        o.put("format", feed.format());
        o.put("recovered", feed.recovered());
        o.put("title", feed.title());
        o.put("link", feed.link());
        o.put("language", feed.language());
        ArrayNode entries = o.putArray("entries");
        for (FeedEntry e : feed.entries()) {
            ObjectNode j = entries.addObject();
            j.put("title", e.title());
            j.put("link", e.link());
            j.put("published", e.published() == null ? null : e.published().toString());
            j.put("summary", e.summary());
            ArrayNode authors = j.putArray("authors");
            e.authors().forEach(authors::add);
            ArrayNode categories = j.putArray("categories");
            e.categories().forEach(categories::add);
        }
        return o;
    }

}
