package io.vigie.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * First-pass boilerplate removal: drops chrome (navigation, banners, share bars, related links,
 * forms...), picks the element most likely to hold the article, and returns its paragraphs
 * separated by blank lines.
 */
public final class MainText {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, input, select, textarea, dialog, figure, h1, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alert]";
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|social|cookies?|consent|gdpr|"
            + "newsletter|related|recommended|recirculation|promo|advert|advertisement|ad|ads|pub|banner|breadcrumbs?|"
            + "comments?|subscribe|subscription|paywall|sidebar|menu|outbrain|taboola|popup|modal|tags|"
            + "most-read|lire-aussi|read-more|also|toolbar|meta|byline|dateline|credits?|signature)([\\s_-]|$)");
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt");
    private static final int MIN_LOOSE_CHARS = 15;
    private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");

    private MainText() {
    }

    /** Main text of the page body; empty string when nothing usable was found. The input is not modified. */
    public static String of(Element body) {
        Element root = body.clone();
        removeChrome(root);
        Element content = pickContent(root);
        return String.join("\n\n", paragraphs(content));
    }

    private static void removeChrome(Element root) {
        root.select(CHROME).remove();
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
        for (Element e : root.select("[class], [id]")) {
            if (PROTECTED.contains(e.tagName()) || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
                continue;
            }
            if (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find()) {
                e.remove();
            }
        }
    }

    private static Element pickContent(Element root) {
        Element best = largest(root.select("[itemprop=articleBody]"));
        if (best == null) {
            best = largest(root.select("article"));
        }
        if (best == null) {
            best = largest(root.select("main, [role=main]"));
        }
        if (best == null) {
            best = densestParagraphParent(root);
        }
        return best == null ? root : best;
    }

    private static Element largest(Elements candidates) {
        return candidates.stream()
                .filter(e -> paragraphChars(e) > 0)
                .max(Comparator.comparingInt(MainText::paragraphChars))
                .orElse(null);
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static Element densestParagraphParent(Element root) {
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : root.select("p")) {
            int len = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, len, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), len / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> paragraphs(Element content) {
        List<String> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    add(out, e.text());
                    return FilterResult.SKIP_CHILDREN;
                }
                if (node instanceof TextNode t && t.parent() instanceof Element parent && !BLOCKS.contains(parent.tagName())
                        && (parent.tagName().equals("div") || parent.tagName().equals("section") || parent == content)) {
                    // Text loose in a container (older CMSs separate paragraphs with <br> only); short
                    // fragments there are bylines and separators, not prose.
                    if (t.text().strip().length() >= MIN_LOOSE_CHARS) {
                        add(out, t.text());
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, content);
        return out;
    }

    private static void add(List<String> out, String raw) {
        String p = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (p.isEmpty() || !out.isEmpty() && out.get(out.size() - 1).equals(p)) {
            return;
        }
        out.add(p);
    }
}
