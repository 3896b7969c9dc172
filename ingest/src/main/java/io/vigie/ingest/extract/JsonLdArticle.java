package io.vigie.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first schema.org article object found in the page's JSON-LD blocks ({@code @graph} and
 * arrays included). Broken JSON is ignored: JSON-LD is only one hint among others.
 */
record JsonLdArticle(String headline, Instant published, Instant modified, List<String> authors,
                     String publisher, String image, String language, String description, String url,
                     String articleBody) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, List.of(), null, null, null, null, null, null);

    // Raw line breaks inside strings are common in CMS-written JSON-LD (articleBody paragraphs).
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "BlogPosting", "LiveBlogPosting", "Report", "WebPage");

    static JsonLdArticle from(Document doc) {
        JsonNode best = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (Exception e) {
                continue;
            }
            JsonNode found = find(root, 0);
            if (found != null && (best == null || isWebPage(best))) {
                best = found;
            }
        }
        return best == null ? NONE : read(best);
    }

    private static boolean isWebPage(JsonNode n) {
        return types(n).contains("WebPage");
    }

    private static JsonNode find(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            JsonNode fallback = null;
            for (JsonNode child : node) {
                JsonNode f = find(child, depth + 1);
                if (f != null && !isWebPage(f)) {
                    return f;
                }
                fallback = fallback == null ? f : fallback;
            }
            return fallback;
        }
        if (!node.isObject()) {
            return null;
        }
        if (node.has("@graph")) {
            return find(node.get("@graph"), depth + 1);
        }
        for (String t : types(node)) {
            if (ARTICLE_TYPES.contains(t)) {
                return node;
            }
        }
        return null;
    }

    private static List<String> types(JsonNode node) {
        JsonNode t = node.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else {
            out.add(t.asText());
        }
        return out;
    }

    private static JsonLdArticle read(JsonNode n) {
        return new JsonLdArticle(
                text(n.get("headline")),
                DateParsing.parse(text(n.get("datePublished"))),
                DateParsing.parse(text(n.get("dateModified"))),
                names(n.get("author")),
                name(n.get("publisher")),
                url(n.get("image")),
                text(n.get("inLanguage")),
                text(n.get("description")),
                text(n.get("url")),
                n.path("articleBody").isTextual() ? n.get("articleBody").asText() : null);
    }

    private static List<String> names(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            node.forEach(n -> {
                String name = name(n);
                if (name != null) {
                    out.add(name);
                }
            });
        } else {
            String name = name(node);
            if (name != null) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return text(node);
        }
        return node.isObject() ? text(node.get("name")) : null;
    }

    private static String url(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : url(node.get(0));
        }
        if (node.isObject()) {
            return text(node.get("url"));
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
