package io.vigie.app.cli;

import static io.vigie.app.cli.JsonLinesPerInput.error;
import static io.vigie.app.cli.JsonLinesPerInput.isUrl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.ingest.extract.ArticleExtractor;
import io.vigie.ingest.extract.ExtractedArticle;
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
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code vigie extract INPUT...}: main text and metadata of article pages, one JSON object per
 * input and per line, in input order. Inputs are fetched and extracted in parallel (virtual
 * threads; extraction itself bounded by the number of cores), so many inputs cost one JVM start.
 *
 * <p>URL inputs go through the ingest {@link HttpFetcher}: size and time limits, redirects checked
 * hop by hop, and the SSRF guard. The guard stays on by default even though the user typed the
 * URL, because the fetcher applies one policy to every hop and a public URL may redirect to a
 * private one; {@code --allow-private} lifts it for the whole fetch (e.g. an intranet page).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the article text and metadata of HTML pages (files or http(s) URLs).",
                "Prints one JSON object per input and per line, in input order:",
                "  {source, url, canonical_url, title, text, published, modified, authors, lang, site_name,",
                "   description, image}, or {source, error} when the input could not be read.",
                "Exit status: 0 when every input succeeded, 1 otherwise."})
public final class ExtractCommand implements Callable<Integer> {

    /** User-supplied files larger than this are not HTML articles. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "HTML file or http(s) URL.")
    List<String> inputs;

    @Option(names = "--url", paramLabel = "URL",
            description = "Page URL of a single file input, to resolve relative links and the canonical URL.")
    String pageUrl;

    @Option(names = "--allow-private", description = "Allow URL inputs (and their redirects) to reach loopback or "
            + "private addresses.")
    boolean allowPrivate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Read timeout per URL (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        URI base = validate();
        FetchSettings settings = FetchSettings.DEFAULTS
                .withAllowPrivateAddresses(allowPrivate)
                .withReadTimeout(Duration.ofSeconds(timeoutSeconds));
        HttpClient client = null;
        Fetcher fetcher = null;
        if (inputs.stream().anyMatch(JsonLinesPerInput::isUrl)) {
            client = HttpFetcher.newClient(settings);
            fetcher = new HttpFetcher(client, settings);
        }
        ArticleExtractor extractor = new ArticleExtractor();
        Semaphore cpu = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
        PrintWriter out = spec.commandLine().getOut();
        boolean allOk;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ObjectNode>> results = new ArrayList<>();
            Fetcher f = fetcher;
            for (String input : inputs) {
                results.add(pool.submit(() -> one(input, base, f, extractor, cpu)));
            }
            allOk = JsonLinesPerInput.print(inputs, results, out);
        } finally {
            if (client != null) {
                client.close();
            }
        }
        return allOk ? 0 : 1;
    }

    private URI validate() {
        if (pageUrl == null) {
            return null;
        }
        if (inputs.size() != 1 || isUrl(inputs.get(0))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--url applies to a single file input, got " + inputs.size() + " input(s)"
                            + (inputs.size() == 1 ? " that is a URL" : ""));
        }
        try {
            URI u = new URI(pageUrl.strip());
            if (!u.isAbsolute() || !("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--url must be an absolute http(s) URL: " + pageUrl);
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--url is not a valid URL: " + e.getMessage());
        }
    }


    private static ObjectNode one(String input, URI base, Fetcher fetcher, ArticleExtractor extractor, Semaphore cpu)
            throws InterruptedException {
        byte[] body;
        Charset charset = null;
        URI url;
        if (isUrl(input)) {
            URI requested;
            try {
                requested = new URI(input.strip());
            } catch (java.net.URISyntaxException e) {
                return error(input, "invalid URL: " + e.getReason());
            }
            FetchResult r;
            try {
                r = fetcher.fetch(FetchRequest.page("cli", requested));
            } catch (FetchException e) {
                return error(input, e.kind().code() + ": " + e.reason());
            } catch (RuntimeException e) {
                return error(input, "fetch failed: " + e.getMessage());
            }
            if (r.contentType() != null && !isHtml(r.contentType())) {
                return error(input, "not an HTML page (Content-Type: " + r.contentType() + ")");
            }
            body = r.body();
            charset = r.declaredCharset().orElse(null);
            url = r.url();
        } else {
            Path path = Path.of(input);
            try {
                if (Files.isDirectory(path)) {
                    return error(input, "is a directory, not an HTML file");
                }
                if (Files.size(path) > MAX_FILE_BYTES) {
                    return error(input, "file larger than " + FetchSettings.humanBytes(MAX_FILE_BYTES));
                }
                body = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                return error(input, "no such file");
            } catch (IOException e) {
                return error(input, "cannot read file: " + e.getMessage());
            }
            url = base;
        }
        cpu.acquire();
        try {
            return success(input, url, extractor.extract(body, charset, url));
        } catch (RuntimeException e) {
            return error(input, "extraction failed: " + e);
        } finally {
            cpu.release();
        }
    }

    private static boolean isHtml(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.contains("html") || ct.startsWith("text/plain") || ct.contains("xml");
    }

    private static ObjectNode success(String input, URI url, ExtractedArticle a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", input);
        n.put("url", url == null ? null : url.toString());
        n.put("canonical_url", a.canonicalUrl());
        n.put("title", a.title());
        n.put("text", a.text() == null ? "" : a.text());
        n.put("published", instant(a.published()));
        n.put("modified", instant(a.modified()));
        ArrayNode authors = n.putArray("authors");
        a.authors().forEach(authors::add);
        n.put("lang", a.languageHints().isEmpty() ? null : a.languageHints().get(0));
        n.put("site_name", a.siteName());
        n.put("description", a.description());
        n.put("image", a.image());
        return n;
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

}
