package io.vigie.ingest.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the extraction dev corpora under {@code shared/data/extraction-dev}. */
public final class DevCorpus {

    /** A wcxb page with its ground-truth main text. */
    public record WcxbPage(String name, Path html, URI url, String truth, String title, String publishDate) {
    }

    /** A trafilatura-eval page with snippets that must / must not be extracted. */
    public record SnippetPage(String name, Path html, URI url, List<String> with, List<String> without) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DevCorpus() {
    }

    /** {@code <root>/../shared/data/extraction-dev}, root = {@code -Dvigie.root} or the working directory. */
    public static Path defaultDir() {
        String root = System.getProperty("vigie.root");
        Path base = root == null || root.isBlank() ? Path.of("").toAbsolutePath() : Path.of(root).toAbsolutePath();
        // Tests run from a module folder: look one level up too.
        for (Path p = base; p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/data/extraction-dev").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            if (p.equals(base.getParent())) {
                break;
            }
        }
        return base.resolve("../shared/data/extraction-dev").normalize();
    }

    public static List<WcxbPage> wcxb(Path dir) {
        Path d = dir.resolve("wcxb-articles");
        List<WcxbPage> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(d)) {
            for (Path json : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replace(".json", "");
                Path html = d.resolve(name + ".html");
                if (!Files.exists(html)) {
                    continue;
                }
                JsonNode n = MAPPER.readTree(json.toFile());
                out.add(new WcxbPage(name, html, uri(n.path("url").asText(null)), n.path("main_content").asText(""),
                        n.path("title").asText(null), n.path("publish_date").asText(null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + d + ": " + e.getMessage(), e);
        }
        return out;
    }

    public static List<SnippetPage> trafilatura(Path dir) {
        Path d = dir.resolve("trafilatura-eval");
        List<SnippetPage> out = new ArrayList<>();
        try {
            JsonNode root = MAPPER.readTree(d.resolve("evaldata.json").toFile());
            for (var it = root.fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode n = e.getValue();
                Path html = d.resolve("html").resolve(n.path("file").asText());
                if (!Files.exists(html)) {
                    continue;
                }
                out.add(new SnippetPage(n.path("file").asText(), html, uri(e.getKey()), strings(n.path("with")),
                        strings(n.path("without"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + d + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static URI uri(String s) {
        if (s == null || !s.startsWith("http")) {
            return null;
        }
        try {
            return URI.create(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
