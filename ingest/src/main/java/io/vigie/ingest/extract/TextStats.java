package io.vigie.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length and comma count of every element of a subtree, computed in one
 * iterative pass: calling {@code text()} per element would be quadratic on deep or large pages.
 * Lengths count non-whitespace characters, so indentation does not look like content.
 */
final class TextStats {

    record Stat(int chars, int linkChars, int commas) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Stat EMPTY = new Stat(0, 0, 0);
    private final Map<Element, int[]> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int chars = 0;
                    int commas = 0;
                    String w = t.getWholeText();
                    for (int i = 0; i < w.length(); i++) {
                        char c = w.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00a0') {
                            chars++;
                            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                                commas++;
                            }
                        }
                    }
                    if (chars > 0 && t.parent() instanceof Element p) {
                        int[] a = s.stats.computeIfAbsent(p, k -> new int[3]);
                        a[0] += chars;
                        a[2] += commas;
                        if (insideLink(p, root)) {
                            a[1] += chars;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.parent() != null) {
                    int[] mine = s.stats.get(e);
                    if (mine != null) {
                        int[] a = s.stats.computeIfAbsent(e.parent(), k -> new int[3]);
                        a[0] += mine[0];
                        a[1] += mine[1];
                        a[2] += mine[2];
                    }
                }
            }
        }, root);
        return s;
    }

    private static boolean insideLink(Element e, Element root) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.nameIs("a")) {
                return true;
            }
            if (x == root || x.nameIs("p") || x.nameIs("div")) {
                return false;
            }
        }
        return false;
    }

    Stat get(Element e) {
        int[] a = stats.get(e);
        return a == null ? EMPTY : new Stat(a[0], a[1], a[2]);
    }
}
