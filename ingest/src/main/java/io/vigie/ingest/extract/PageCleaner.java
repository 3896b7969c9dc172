package io.vigie.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text: code, media, forms, hidden elements, site chrome
 * (navigation, banners, footers, asides) and blocks whose class/id names them as boilerplate
 * (share bars, cookie banners, related lists, comments...) and teaser grids (three or more short
 * cards under linked headings). Class names are only a hint: a block
 * holding most of the page's text is kept whatever it is called.
 */
final class PageCleaner {

    private static final String CODE = "script, style, template, svg, canvas, iframe, object, embed, link, meta, "
            + "button, input, select, textarea, option, video, audio, map";
    /**
     * Chrome by structure. Broken markup (an unclosed {@code <header>} or {@code <noscript>}) can nest
     * the whole page inside one of these, so an element holding most of the page's text is kept.
     */
    private static final String STRUCTURE = "noscript, label, dialog, nav, aside, figcaption, picture, "
            + "h1, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search], "
            + "[role=menu], [role=menubar], [role=toolbar], [itemprop=author], [rel=author], address";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Names that mark chrome even inside the article container. */
    private static final Pattern STRONG = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|sharebar|social|socials|"
            + "cookies?|consent|gdpr|newsletters?|subscribe|subscription|paywall|outbrain|taboola|disqus|related|"
            + "recommended|recommendations?|recirculation|most-?read|most-?popular|popular|trending|breadcrumbs?|"
            + "comments?|comment-list|respond|reactions|advert|advertisement|ads?|adslot|ad-slot|ad-container|pub|"
            + "banner|promo|promotion|sponsored|sponsor|teaser-list|more-stories|read-more|readmore|lire-aussi|"
            + "also|see-also|tags?|tag-list|keywords|byline|author|authors|author-bio|dateline|timestamp|"
            + "caption|credits?|copyright|rating|modal|popup|sr-only|"
            + "visually-hidden|screen-reader-text|navigation|navbar|sidebar|footer|"
            + "pagination|pager|signup|login)([\\s_-]|$)");
    /**
     * Names that usually mark chrome but that CMSs and page builders also put on article parts
     * (CKEditor's "ck-widget", "jump-section" anchors, "header" of a section): removed only when
     * they hold no prose paragraph.
     */
    private static final Pattern WEAK = Pattern.compile("(?i)(^|[\\s_-])(kicker|eyebrow|overline|print|toolbar|"
            + "tools|overlay|skip|menu|widget|header|masthead|jump)([\\s_-]|$)");
    /** Never article text, whatever else the page looks like: applied even in the lenient pass. */
    private static final Pattern CHROME = Pattern.compile("(?i)(^|[\\s_-])(cookies?|cookie-?banner|consent|gdpr|"
            + "paywall|newsletters?|subscribe|share|sharing|sharebar|social|disqus|taboola|outbrain|advert|"
            + "advertisement|modal|popup|comments?)([\\s_-]|$)");
    /** Call-to-action boxes ("cta", "inline-cta", "call-to-action"): a pitch and a button, removed when small. */
    private static final Pattern CTA = Pattern.compile("(?i)(^|[\\s_-])(cta|ctas|call-to-action)([\\s_-]|$)");
    /** Largest call-to-action box: a bigger one is a product table or a section that merely reuses the name. */
    private static final int MAX_CTA_CHARS = 500;
    private static final Pattern KEEP = Pattern.compile("(?i)articlebody|article-body|article__body|story-body|"
            + "post-body|entry-content|post-content|article-content|main-content|body-text|story-content");
    /** WordPress puts "tag-x category-y comments-open" on the post wrapper itself. */
    private static final Pattern WORDPRESS_POST = Pattern.compile("hentry|type-post|status-publish");
    private static final Pattern STATE_TOKEN = Pattern.compile(
            "^(has|with|no|is|show|hide|enable|disable)-|-(enabled|disabled|open|closed|active|true|false)$");
    private static final Pattern BEM_MODIFIER = Pattern.compile("--.*$");
    private static final Pattern STREAMED_ID = Pattern.compile("S:\\d+");
    /** Largest share of the page's text a teaser grid may hold and still be removed. */
    private static final double MAX_GRID_SHARE = 0.4;
    private static final Pattern SENTENCE = Pattern.compile("[.!?…]\\s*$");
    private static final Set<String> HEADING = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> STRUCTURAL = Set.of("html", "body", "main");

    private PageCleaner() {
    }

    /** Cleans {@code root} in place. */
    static void clean(Element root, boolean useClassHints) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
        root.select(CODE).remove();
        int bodyChars = Math.max(1, TextStats.of(root).get(root).chars());
        TextStats before = TextStats.of(root);
        for (Element e : root.select(STRUCTURE)) {
            if (isStreamedContent(e)) {
                continue;
            }
            if (e.parent() != null && !(before.get(e).chars() >= bodyChars * 0.4 && holdsProse(e))) {
                e.remove();
            }
        }
        for (Element e : root.select("[style]")) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find() && e.parent() != null) {
                e.remove();
            }
        }
        for (Element e : root.select("header, footer, form, figure")) {
            // A header inside an article often carries a section heading: keep it unless it is chrome.
            boolean sectionHeader = e.nameIs("header") && e.closest("article") != null
                    && !e.select("h2, h3, h4, h5, h6").isEmpty() && e.select("a, ul, ol").isEmpty();
            // Block editors wrap data tables in a figure (WordPress "wp-block-table"): the table is content.
            boolean dataTable = e.nameIs("figure") && !e.select("table td").isEmpty();
            // ...and a pull quote (Gutenberg "wp-block-pullquote") quotes the article.
            boolean quote = e.nameIs("figure") && !e.select("blockquote").isEmpty();
            if (e.parent() != null && !sectionHeader && !dataTable && !quote && !holdsProse(e)) {
                e.remove();
            }
        }
        TextStats stats = TextStats.of(root);
        int total = Math.max(1, stats.get(root).chars());
        removeTeaserGrids(root, stats, total);
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.select("[class], [id]")) {
            if (STRUCTURAL.contains(e.normalName()) || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                continue;
            }
            String names = roleNames(e);
            if (names.length() > 300 || KEEP.matcher(names).find() || WORDPRESS_POST.matcher(names).find()) {
                continue;
            }
            boolean named = (useClassHints ? STRONG : CHROME).matcher(names).find();
            // A heading called "header" or "anchor" is the article's own section heading.
            if (!named && !(useClassHints && WEAK.matcher(names).find() && !holdsProse(e)
                    && !holdsList(e, stats) && !HEADING.contains(e.normalName()))) {
                continue;
            }
            TextStats.Stat s = stats.get(e);
            // A wrapper holding most of the page's prose is the page, whatever its class says.
            if (s.chars() > total * 0.5 && s.linkDensity() < 0.3 && e.select("p").size() >= 3) {
                continue;
            }
            doomed.add(e);
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /**
     * Removes call-to-action boxes (a pitch and a button) from the chosen article elements: small,
     * named so, and holding no table or list the article could own. Done after the container is
     * chosen, because these boxes also mark where the article is and removing them earlier moved
     * the choice to a wider block.
     */
    static void removeCallsToAction(List<Element> content) {
        for (Element c : content) {
            for (Element e : c.select("[class], [id]")) {
                if (e != c && e.parent() != null && CTA.matcher(roleNames(e)).find()
                        && e.text().length() <= MAX_CTA_CHARS && e.select("table, li").isEmpty()) {
                    e.remove();
                }
            }
        }
    }

    /**
     * The element's class and id names without the tokens that describe a state or a variant
     * rather than a role: a page's main column is "sidebar-enabled--false" or "has-comments", and
     * a BEM modifier ("article--with-share") qualifies its block without naming it.
     */
    static String roleNames(Element e) {
        StringBuilder sb = new StringBuilder();
        for (String token : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
            String block = BEM_MODIFIER.matcher(token).replaceFirst("");
            if (!block.isEmpty() && !STATE_TOKEN.matcher(block).find()) {
                sb.append(block).append(' ');
            }
        }
        return sb.toString().strip();
    }

    /**
     * React's streaming server rendering sends late content in {@code <div hidden id="S:n">} and a
     * script moves it into place: it is the page's text, not hidden chrome.
     */
    private static boolean isStreamedContent(Element e) {
        return e.hasAttr("hidden") && e.nameIs("div") && STREAMED_ID.matcher(e.id()).matches();
    }

    private static void removeTeaserGrids(Element root, TextStats stats, int total) {
        Set<Element> withLinkedHeading = withLinkedHeading(root, stats);
        List<Element> grids = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && e.childrenSize() >= 3 && isTeaserGrid(e, stats, withLinkedHeading)) {
                grids.add(e);
            }
        }
        for (Element g : grids) {
            // A listing page is all cards: then the grid is the page's content, not chrome.
            if (g.parent() != null && stats.get(g).chars() < total * MAX_GRID_SHARE) {
                g.remove();
            }
        }
    }

    /**
     * Teaser grids (related posts, "more stories", recent articles): at least three sibling cards,
     * each a short block whose heading is a link. An article's own sections are long or unlinked.
     */
    private static boolean isTeaserGrid(Element e, TextStats stats, Set<Element> withLinkedHeading) {
        int cards = 0;
        int children = 0;
        for (Element c : e.children()) {
            TextStats.Stat s = stats.get(c);
            if (s.chars() == 0) {
                continue;
            }
            children++;
            if (s.chars() <= 400 && withLinkedHeading.contains(c)) {
                cards++;
            }
        }
        return cards >= 3 && cards >= children * 0.7;
    }

    /**
     * Elements holding a heading that is a link (TextStats counts a heading inside a card's link as
     * linked), marked bottom-up and each once, so that deep pages stay linear.
     */
    private static Set<Element> withLinkedHeading(Element root, TextStats stats) {
        Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element h : root.select("h2, h3, h4, h5, h6")) {
            TextStats.Stat s = stats.get(h);
            if (s.chars() == 0 || s.linkChars() < s.chars() * 0.8) {
                continue;
            }
            Element a = h;
            while (a != null && a != root && marked.add(a)) {
                a = a.parent();
            }
        }
        return marked;
    }

    /** An article list (steps, checklist) in a page builder's "widget": mostly unlinked items. */
    private static boolean holdsList(Element e, TextStats stats) {
        int chars = 0;
        int links = 0;
        for (Element li : e.select("li")) {
            TextStats.Stat s = stats.get(li);
            chars += s.chars();
            links += s.linkChars();
        }
        return chars >= 200 && links < chars * 0.3;
    }

    private static boolean holdsProse(Element e) {
        int sentences = 0;
        for (Element p : e.select("p")) {
            String text = p.text();
            if (text.length() > 150) {
                return true;
            }
            // Several medium sentences (a section of short explanatory paragraphs) are prose too.
            if (text.length() >= 80 && SENTENCE.matcher(text).find()) {
                sentences++;
            }
        }
        return sentences >= 3;
    }
}
