package io.vigie.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Picks the elements holding the article: every paragraph-like block gives points to its
 * ancestors (more for longer text and more commas), scores are damped by link density, the best
 * ancestor wins, and its siblings that look like continuation of the text are added back.
 * When the winner holds only part of the article, its ancestors are taken while they add mostly
 * prose; of a declared article body, or when little prose follows it, only the preceding lead is
 * added (what follows is then FAQs, teasers and sign-up boxes rather than more article).
 * Class/id names are a weak signal only. Readability's scoring, simplified.
 */
final class ContentSelector {

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|chapo|chapeau|lead");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|banner|combx|comment|com-|contact|foot|"
            + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
            + "tags|tool|widget|teaser|card|nav|menu|social|newsletter|byline|author|caption");
    private static final Pattern ARTICLE_BODY = Pattern.compile("(?i)articlebody|article-body|article__body|"
            + "story-body|post-body|entry-content|post-content|article-content|body-text|story-content");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Score share an ancestor with several times the prose needs to replace the top (tuned on TUNE). */
    private static final double ANCESTOR_SCORE_SHARE = 0.8;
    /**
     * Prose following the best container, as a share of the container's own prose, below which an
     * expansion keeps only what precedes the container (tuned on the TUNE split).
     */
    private static final double FOLLOWING_PROSE_SHARE = 0.5;
    /** Share of prose a parent must add to be taken as more of the article (tuned on the TUNE split). */
    private static final double EXPAND_PROSE_SHARE = 0.45;

    private ContentSelector() {
    }

    /** Elements of {@code root} holding the article, in document order; empty when nothing scores. */
    static List<Element> select(Element root, boolean useClassHints) {
        TextStats stats = TextStats.of(root);
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (!isParagraph(e)) {
                continue;
            }
            TextStats.Stat s = stats.get(e);
            if (s.chars() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + s.commas() + Math.min(s.chars() / 100, 3);
            int level = 0;
            for (Element a = e.parent(); a != null && level < 5; a = a.parent(), level++) {
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a, useClassHints));
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, score / divider, Double::sum);
                if (a == root) {
                    break;
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - stats.get(c).linkDensity());
            scores.put(c, s);
            if (s > topScore) {
                topScore = s;
                top = c;
            }
        }
        Map<Element, Integer> good = goodChars(root, stats);
        top = proseAncestor(top, topScore, scores, good, root);
        top = climb(top, topScore, scores, candidates, root);
        Element expanded = expand(top, root, stats, good);
        // What comes before the body is its standfirst or lead; what comes after is the article's
        // next sections only when it is a large share of it, else FAQs, teasers and sign-up boxes.
        if (expanded != top && !isList(top) && (declaresArticleBody(top)
                || goodAfter(top, expanded, good) < FOLLOWING_PROSE_SHARE * good.getOrDefault(top, 0))) {
            return leadAndBody(top, expanded);
        }
        top = expanded;
        topScore = scores.getOrDefault(top, topScore);
        return withSiblings(top, topScore, scores, stats);
    }

    /**
     * A small block can win on its class name alone ("content" in an accordion or a teaser); an
     * ancestor scoring nearly as well while holding several times its prose is the article.
     */
    private static Element proseAncestor(Element top, double topScore, Map<Element, Double> scores,
                                         Map<Element, Integer> good, Element root) {
        int goodTop = good.getOrDefault(top, 0);
        int level = 0;
        for (Element a = top.parent(); a != null && a != root.parent() && level < 5; a = a.parent(), level++) {
            Double s = scores.get(a);
            if (s != null && s >= topScore * ANCESTOR_SCORE_SHARE && good.getOrDefault(a, 0) >= 3 * Math.max(goodTop, 1)) {
                return a;
            }
            if (a == root) {
                break;
            }
        }
        return top;
    }

    /**
     * When the article is split into several similar containers (one per paragraph group), their
     * common ancestor is the article; go up while a parent scores nearly as well as the child.
     */
    private static Element climb(Element top, double topScore, Map<Element, Double> scores, List<Element> candidates,
                                 Element root) {
        List<Element> alternatives = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && scores.get(c) >= topScore * 0.75 && !c.parents().contains(top)) {
                alternatives.add(c);
            }
        }
        if (alternatives.size() >= 2) {
            for (Element parent = top.parent(); parent != null && parent != root.parent(); parent = parent.parent()) {
                int contained = 0;
                for (Element alt : alternatives) {
                    if (alt.parents().contains(parent)) {
                        contained++;
                    }
                }
                if (contained >= 2) {
                    top = parent;
                    break;
                }
                if (parent == root) {
                    break;
                }
            }
        }
        return top;
    }

    /**
     * Articles split into several containers (one per section or paragraph group) leave the best
     * scorer holding only part of the text: move up while the parent adds mostly prose (good
     * paragraphs) rather than links and short chrome.
     */
    private static Element expand(Element top, Element root, TextStats stats, Map<Element, Integer> good) {
        Element current = top;
        for (Element parent = top.parent(); parent != null && parent != root.parent(); parent = parent.parent()) {
            int goodHere = good.getOrDefault(current, 0);
            int goodParent = good.getOrDefault(parent, 0);
            int extraChars = stats.get(parent).chars() - stats.get(current).chars();
            int extraGood = goodParent - goodHere;
            if (extraGood <= 0) {
                if (extraChars > 0 && extraChars > goodHere) {
                    break;
                }
                if (parent == root) {
                    break;
                }
                continue;
            }
            int extraLinks = stats.get(parent).linkChars() - stats.get(current).linkChars();
            // Sections of one article come with their headings, lists and short lines: judge what the
            // parent adds by its share of prose and by its own link density, not the parent's.
            if (extraGood >= EXPAND_PROSE_SHARE * extraChars && extraLinks < 0.3 * Math.max(1, extraChars)) {
                current = parent;
            } else {
                break;
            }
            if (parent == root) {
                break;
            }
        }
        return current;
    }

    /** Characters of prose paragraphs (long enough, few links) under each element. */
    private static Map<Element, Integer> goodChars(Element root, TextStats stats) {
        Map<Element, Integer> good = new IdentityHashMap<>();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                int mine;
                TextStats.Stat s = stats.get(e);
                if (isParagraph(e) && !e.nameIs("td") && !e.nameIs("li")) {
                    mine = s.chars() >= 60 && s.linkDensity() < 0.3 ? s.chars() : 0;
                } else {
                    mine = good.getOrDefault(e, 0);
                }
                if (mine > 0) {
                    good.put(e, mine);
                    if (e != root && e.parent() != null) {
                        good.merge(e.parent(), mine, Integer::sum);
                    }
                }
            }
        }, root);
        return good;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores,
                                              TextStats stats) {
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            out.add(top);
            return out;
        }
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
                continue;
            }
            if (sibling.nameIs("p") || sibling.nameIs("blockquote") || sibling.nameIs("pre")) {
                TextStats.Stat st = stats.get(sibling);
                String text = sibling.text();
                if (st.chars() > 80 && st.linkDensity() < 0.25
                        || st.chars() > 0 && st.chars() <= 80 && st.linkDensity() == 0 && text.matches("(?s).*[.!?…:]\\s*$")) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * The article body plus what precedes it inside {@code outer}: a standfirst or first paragraph
     * often sits outside the declared body, while what follows it is the page's other content.
     */
    private static List<Element> leadAndBody(Element body, Element outer) {
        List<Element> chain = new ArrayList<>();
        for (Element e = body; e != outer; e = e.parent()) {
            chain.add(0, e);
        }
        List<Element> out = new ArrayList<>();
        for (Element e : chain) {
            for (Element sibling : e.parent().children()) {
                if (sibling == e) {
                    break;
                }
                out.add(sibling);
            }
        }
        out.add(body);
        return out;
    }

    /** Prose chars inside {@code outer} that follow {@code body}. */
    private static int goodAfter(Element body, Element outer, Map<Element, Integer> good) {
        int after = 0;
        for (Element e = body; e != outer; e = e.parent()) {
            boolean past = false;
            for (Element sibling : e.parent().children()) {
                if (past) {
                    after += good.getOrDefault(sibling, 0);
                }
                past |= sibling == e;
            }
        }
        return after;
    }

    /**
     * The page itself names this element as the whole article body ({@code <article>}, schema.org
     * articleBody, a CMS "entry-content" / "article-body" wrapper): prose next to it is the page's
     * other content (FAQs, teasers, author boxes), not more of the article.
     */
    private static boolean declaresArticleBody(Element e) {
        return e.nameIs("article") || "articleBody".equalsIgnoreCase(e.attr("itemprop"))
                || ARTICLE_BODY.matcher(e.className() + " " + e.id()).find();
    }

    /** A list is one part of an article (its steps, its picks), never the body that ends it. */
    private static boolean isList(Element e) {
        return e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl");
    }

    private static boolean isParagraph(Element e) {
        if (PARAGRAPHS.contains(e.normalName())) {
            return true;
        }
        if (!e.nameIs("div") && !e.nameIs("section") && !e.nameIs("span") && !e.nameIs("font")) {
            return false;
        }
        // A container with only inline children (old CMSs: text and <br>) acts as a paragraph.
        for (Element c : e.children()) {
            if (BLOCK.contains(c.normalName())) {
                return false;
            }
        }
        return e.nameIs("div") || e.nameIs("section") || e.parent() != null && !e.parent().nameIs("p");
    }

    private static double initialScore(Element e, boolean useClassHints) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "section" -> 3;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.nameIs("article") || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            s += 10;
        }
        if (useClassHints) {
            s += classWeight(e.className()) + classWeight(e.id());
        }
        return s;
    }

    private static double classWeight(String name) {
        if (name == null || name.isBlank()) {
            return 0;
        }
        double w = 0;
        if (NEGATIVE.matcher(name).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(name).find()) {
            w += 25;
        }
        return w;
    }
}
