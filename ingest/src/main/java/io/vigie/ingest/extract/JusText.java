package io.vigie.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * JusText's paragraph classifier (Pomikálek 2011): the page is cut into block-level paragraphs,
 * each is judged alone by length, link density and stopword density (good, near-good, short or
 * bad), then short and near-good paragraphs take the class of their neighbours, and headings
 * followed closely by good text are kept. It needs no container and no class names, so it
 * catches articles a container choice splits or misses, and chrome a container drags in.
 */
final class JusText {

    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

    /**
     * Thresholds, JusText's defaults except the stopword densities, which are lower because the
     * Snowball lists are about half the size of JusText's own (tuned on the TUNE split).
     *
     * @param lengthLow          below this many characters a paragraph is short (or bad with links)
     * @param lengthHigh         above this a paragraph dense in stopwords is good rather than near-good
     * @param stopwordsLow       stopword density below which a paragraph is bad
     * @param stopwordsHigh      stopword density from which a paragraph is good (or near-good)
     * @param maxLinkDensity     link-text share above which a paragraph is bad
     * @param maxHeadingDistance characters of text between a heading and the good paragraph it introduces
     */
    record Settings(int lengthLow, int lengthHigh, double stopwordsLow, double stopwordsHigh, double maxLinkDensity,
                    int maxHeadingDistance) {

        static final Settings DEFAULTS = new Settings(70, 200, 0.22, 0.26, 0.2, 200);

        Settings {
            if (lengthLow < 0 || lengthHigh < lengthLow) {
                throw new IllegalArgumentException("justext lengthLow/lengthHigh must satisfy 0 <= low <= high, got "
                        + lengthLow + "/" + lengthHigh);
            }
            if (stopwordsLow < 0 || stopwordsHigh < stopwordsLow || stopwordsHigh > 1) {
                throw new IllegalArgumentException("justext stopwordsLow/stopwordsHigh must satisfy "
                        + "0 <= low <= high <= 1, got " + stopwordsLow + "/" + stopwordsHigh);
            }
            if (maxLinkDensity < 0 || maxLinkDensity > 1) {
                throw new IllegalArgumentException("justext maxLinkDensity must be in [0,1], got " + maxLinkDensity);
            }
            if (maxHeadingDistance < 0) {
                throw new IllegalArgumentException("justext maxHeadingDistance must be >= 0, got " + maxHeadingDistance);
            }
        }
    }

    /**
     * One paragraph: its text, the block element holding it, and its class before (context-free)
     * and after the neighbour rules.
     */
    static final class Paragraph {
        final Element owner;
        final String text;
        final boolean heading;
        final int linkChars;
        double stopwordDensity;
        Kind contextFree;
        Kind kind;

        Paragraph(Element owner, String text, boolean heading, int linkChars) {
            this.owner = owner;
            this.text = text;
            this.heading = heading;
            this.linkChars = linkChars;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
        }

        Kind kind() {
            return kind;
        }

        String text() {
            return text;
        }

        Element owner() {
            return owner;
        }

        @Override
        public String toString() {
            return kind + "/" + contextFree + " " + text;
        }
    }

    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private JusText() {
    }

    /** Classified paragraphs of {@code root}, in document order. */
    static List<Paragraph> classify(Element root, Settings settings) {
        List<Paragraph> paragraphs = segment(root);
        List<String> all = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Stopwords.words(p.text, all);
        }
        Set<String> stopwords = Stopwords.bestFor(all);
        for (Paragraph p : paragraphs) {
            p.contextFree = contextFree(p, stopwords, settings);
            p.kind = p.contextFree;
        }
        reviseHeadingsBefore(paragraphs, settings);
        reviseShort(paragraphs);
        reviseNearGood(paragraphs);
        reviseHeadingsAfter(paragraphs, settings);
        return paragraphs;
    }

    /** Text of the good paragraphs, a blank line between them. */
    static String goodText(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        String last = null;
        for (Paragraph p : paragraphs) {
            if (p.kind == Kind.GOOD && !p.text.equals(last)) {
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(p.text);
                last = p.text;
            }
        }
        return sb.toString();
    }

    private static Kind contextFree(Paragraph p, Set<String> stopwords, Settings s) {
        int length = p.text.length();
        String lower = p.text.toLowerCase(Locale.ROOT);
        if (p.linkDensity() > s.maxLinkDensity()) {
            return Kind.BAD;
        }
        if (lower.indexOf('©') >= 0 || lower.contains("copyright")) {
            return Kind.BAD;
        }
        if (length < s.lengthLow()) {
            return p.linkChars > 0 ? Kind.BAD : Kind.SHORT;
        }
        List<String> words = Stopwords.words(p.text, new ArrayList<>());
        int stop = 0;
        for (String w : words) {
            if (stopwords.contains(w)) {
                stop++;
            }
        }
        double density = words.isEmpty() ? 0 : (double) stop / words.size();
        p.stopwordDensity = density;
        if (density >= s.stopwordsHigh()) {
            return length > s.lengthHigh() ? Kind.GOOD : Kind.NEAR_GOOD;
        }
        return density >= s.stopwordsLow() ? Kind.NEAR_GOOD : Kind.BAD;
    }

    /** A short heading shortly followed by a good paragraph is near-good, so neighbours can keep it. */
    private static void reviseHeadingsBefore(List<Paragraph> ps, Settings s) {
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.heading && p.kind == Kind.SHORT && goodFollows(ps, i, s.maxHeadingDistance(), true)) {
                p.kind = Kind.NEAR_GOOD;
            }
        }
    }

    private static void reviseHeadingsAfter(List<Paragraph> ps, Settings s) {
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.heading && p.kind == Kind.BAD && p.contextFree != Kind.BAD
                    && goodFollows(ps, i, s.maxHeadingDistance(), false)) {
                p.kind = Kind.GOOD;
            }
        }
    }

    private static boolean goodFollows(List<Paragraph> ps, int i, int maxDistance, boolean contextFree) {
        int distance = 0;
        for (int j = i + 1; j < ps.size() && distance <= maxDistance; j++) {
            Kind k = contextFree ? ps.get(j).contextFree : ps.get(j).kind;
            if (k == Kind.GOOD) {
                return true;
            }
            distance += ps.get(j).text.length();
        }
        return false;
    }

    /** Short paragraphs between good ones are good; between bad ones bad; next to near-good, good. */
    private static void reviseShort(List<Paragraph> ps) {
        Kind[] revised = new Kind[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).kind != Kind.SHORT) {
                continue;
            }
            Kind prev = neighbour(ps, i, -1, true);
            Kind next = neighbour(ps, i, 1, true);
            if (prev == Kind.GOOD && next == Kind.GOOD) {
                revised[i] = Kind.GOOD;
            } else if (prev == Kind.BAD && next == Kind.BAD) {
                revised[i] = Kind.BAD;
            } else if (prev == Kind.BAD && neighbour(ps, i, -1, false) == Kind.NEAR_GOOD
                    || next == Kind.BAD && neighbour(ps, i, 1, false) == Kind.NEAR_GOOD) {
                revised[i] = Kind.GOOD;
            } else {
                revised[i] = Kind.BAD;
            }
        }
        apply(ps, revised);
    }

    private static void reviseNearGood(List<Paragraph> ps) {
        Kind[] revised = new Kind[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).kind != Kind.NEAR_GOOD) {
                continue;
            }
            Kind prev = neighbour(ps, i, -1, true);
            Kind next = neighbour(ps, i, 1, true);
            revised[i] = prev == Kind.BAD && next == Kind.BAD ? Kind.BAD : Kind.GOOD;
        }
        apply(ps, revised);
    }

    private static void apply(List<Paragraph> ps, Kind[] revised) {
        for (int i = 0; i < ps.size(); i++) {
            if (revised[i] != null) {
                ps.get(i).kind = revised[i];
            }
        }
    }

    /** Class of the nearest good or bad (or near-good unless ignored) paragraph; bad past the page's edge. */
    private static Kind neighbour(List<Paragraph> ps, int i, int step, boolean ignoreNearGood) {
        for (int j = i + step; j >= 0 && j < ps.size(); j += step) {
            Kind k = ps.get(j).kind;
            if (k == Kind.GOOD || k == Kind.BAD) {
                return k;
            }
            if (k == Kind.NEAR_GOOD && !ignoreNearGood) {
                return k;
            }
        }
        return Kind.BAD;
    }

    /** Block-level paragraphs; a {@code <br>} outside a paragraph element separates paragraphs too. */
    static List<Paragraph> segment(Element root) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] links = {0};
        Deque<Element> owners = new ArrayDeque<>();
        owners.push(root);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    text.append(s);
                    if (insideLink(t)) {
                        links[0] += s.strip().length();
                    }
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        if (e.closest("p, li, td, pre, blockquote, h1, h2, h3, h4, h5, h6, dd, dt") == null) {
                            flush();
                        } else {
                            text.append(' ');
                        }
                    } else if (e != root && BLOCK.contains(e.normalName())) {
                        flush();
                        owners.push(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && BLOCK.contains(e.normalName())) {
                    flush();
                    owners.pop();
                } else if (node instanceof Element e && !BLOCK.contains(e.normalName()) && !e.nameIs("br")) {
                    // Inline elements: keep words apart when markup alone separated them.
                    if (e.nameIs("img") || e.nameIs("td")) {
                        text.append(' ');
                    }
                }
            }

            private void flush() {
                String s = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
                text.setLength(0);
                if (!s.isEmpty()) {
                    Element owner = owners.peek();
                    out.add(new Paragraph(owner, s, isHeading(owner), Math.min(links[0], s.length())));
                }
                links[0] = 0;
            }
        }, root);
        if (!text.isEmpty()) {
            String s = text.toString().replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                out.add(new Paragraph(root, s, false, Math.min(links[0], s.length())));
            }
        }
        return out;
    }

    private static boolean isHeading(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (HEADINGS.contains(x.normalName())) {
                return true;
            }
            if (!x.nameIs("a") && BLOCK.contains(x.normalName()) && x != e) {
                return false;
            }
        }
        return false;
    }

    private static boolean insideLink(TextNode t) {
        for (Node x = t.parent(); x instanceof Element e; x = e.parent()) {
            if (e.nameIs("a")) {
                return true;
            }
            if (BLOCK.contains(e.normalName())) {
                return false;
            }
        }
        return false;
    }
}
