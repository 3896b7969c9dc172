package io.vigie.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the chosen elements into paragraphs (one per block element, separated by a blank line)
 * and drops what is still boilerplate inside the article container: link lists before or after the
 * article's paragraphs (kept between them: product lists, linked checklists), "read more" and share
 * lines, sign-up fine print and affiliate disclosures, an appendix after a typed rule ("*****"),
 * metadata lines before the first paragraph, responsive duplicates, a heading left with nothing
 * after it.
 */
final class TextBlocks {

    private static final Set<String> BLOCK = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "caption", "center", "details", "summary");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "table", "dl", "article",
            "header", "footer", "form", "figure", "details");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?iu)^[\\p{Punct}\\s»›>|•·–—-]*("
            + "read more|read the full story|continue reading|read next|more from|related( articles| stories| content)?|"
            + "see also|also read|you may also like|recommended( for you)?|most read|most popular|trending|"
            + "share( this| it| the \\w+)?( article| story| post)?( on)?|tweet|email|e-mail|print|copy link|copied|"
            + "advertisement|advertising|sponsored( content)?|publicité|anzeige|werbung|pubblicità|publicidad|reklama|"
            + "lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|sur le même sujet|"
            + "lesen sie auch|mehr zum thema|weiterlesen|auch interessant|"
            + "leggi anche|lee también|leia também|czytaj też|czytaj także|"
            + "subscribe|sign up|sign in|log in|newsletter|follow us|comments?|\\d+ comments?|leave a comment|"
            + "skip to( main)? content|back to top|top|photo|image|video|close|menu|loading)"
            + "[\\p{Punct}\\s»›>|•·–—-]*$");
    /** Byline and dateline residue ("By Jane Doe, updated 3 May 2026"): short, and names or dates only. */
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|par|von|di|por|door|przez|av|af|de)\\s.{0,70}$"
            + "|^.{0,40}\\b(published|updated|posted|publié|mis à jour|modifié|veröffentlicht|aktualisiert|"
            + "pubblicato|aggiornato|publicado|actualizado|opublikowano)\\b.{0,50}\\d.{0,30}$|^.{0,30}\\b\\d+\\s?min(ute)?s?\\s(read|de lecture|lesezeit|lettura|de lectura)\\b.{0,20}$"
            + "|^(enable|please enable|you need to enable|activez|bitte aktivieren).{0,20}javascript.{0,80}$");
    /** Calls to action and legal notices: short blocks with these cues are never reporting. */
    private static final Pattern PROMO = Pattern.compile("(?iu)\\b(subscribe|subscribers?|subscription|sign up for|"
            + "newsletter|abonnez|abonnés|abonnement|abonnieren|abonnenten|suscr[ií]b|hazte miembro|"
            + "follow us|follow (the|@)|suivez-nous|síguenos|siguenos|folgen sie|"
            + "download (the|our)|descarga (la|nuestra)|telegram|whatsapp|canal de youtube|youtube channel|"
            + "copyright|copyrighted|all rights reserved|tous droits réservés|alle rechte|derechos reservados|"
            + "reprint|written permission|already a subscriber|log in|to view the full story|read the full story|"
            + "share this|teilen\\?|partager|compartir|kommentare|comments|by signing up|by clicking|"
            + "terms of use|terms of service|privacy policy)\\b"
            + "|^(source|sources|quelle|fuente|fonte|źródło|photo|foto|crédit|credit)s?\\s?:");
    private static final int PROSE_CHARS = 150;
    /** Longest block read as fine print when it opens like one (a paragraph past this is the article's). */
    private static final int MAX_LEGAL_CHARS = 400;
    /** Longest metadata line (author, date, section) dropped before the first paragraph. */
    private static final int LEAD_META_CHARS = 30;
    /** Shorter repeated blocks ("Pros", "Buy now", a recurring note) may legitimately recur. */
    private static final int MIN_DUPLICATE_CHARS = 60;
    /** Largest link share of a list item still read as an article list item, given LI_TEXT unlinked chars. */
    private static final double LI_LINKS = 0.5;
    private static final int LI_TEXT = 10;
    /** Headings and short lines in a row (section, sub-heading, "Our picks:") that may open more text. */
    private static final int MAX_BOUNDARY_RUN = 5;
    /** Unlinked characters that make a sentence with a link read as article text after the last paragraph. */
    private static final int SENTENCE_TEXT = 30;
    /** Headings that open teaser lists: after the article, nothing past them is the article. */
    private static final Pattern RELATED_MARKER = Pattern.compile("(?iu)^\\W*(related|more (from|on|about|stories)|"
            + "you (may|might) (also )?like|recommended|read (more|next|also)|also read|see also|popular|most read|"
            + "trending|(à )?lire (aussi|également)|sur le même sujet|dans la même rubrique|voir aussi|"
            + "das könnte (sie|dich) auch|mehr zum thema|weitere (artikel|themen|beiträge|nachrichten)|lesen sie auch|"
            + "auch interessant|te puede interesar|noticias relacionadas|lee también|más noticias|"
            + "potrebbe interessarti|leggi anche|articoli correlati|czytaj (też|także)|zobacz (też|także)|"
            + "leia também|veja também|lea (más|también)|puedes ver|vea también|ver también|mira también|"
            + "dowiedz się więcej|czytaj więcej|weiterlesen|learn more|keep reading|up next|explore more|"
            + "((other|more|recent|latest|similar|popular|featured|trending)\\s+)+(\\w+\\s+)?"
            + "(blogs?|posts?|articles?|stories|news|reads|guides|insights|resources|reading)\\b)");
    /**
     * Sign-up fine print, credit lines and affiliate disclosures: never reporting, and often longer
     * than the short calls to action {@link #PROMO} is limited to, so recognised by how they open.
     */
    private static final Pattern LEGAL = Pattern.compile("(?iu)^(by (signing up|subscribing|clicking|submitting|registering|continuing)|"
            + "(photo|image|picture|cover|header image|featured image)\\s(credits?|source|by)\\s?:|"
            + "(deal )?pric(es|ing)( and availability)? (are )?subject to change|"
            + "(this (post|article|page) (may )?contains? affiliate links|we may earn (a )?(small )?commission|"
            + "as an amazon associate))");
    /**
     * Affiliate disclosures, reader-funding appeals, feed footers ("The post ... appeared first on")
     * and "was this helpful?" prompts, in whatever words they open with (so matched anywhere in a
     * short block, unlike {@link #LEGAL}): sites put them between the article's paragraphs, where
     * position rules cannot see them. "Commission" alone also means a committee: a modal verb and
     * earning or receiving it, with a link or a purchase, are required.
     */
    private static final Pattern DISCLOSURE = Pattern.compile("(?iu)"
            + "(?<!\\byou )\\b(may|might|will|can|could|would)\\s+(\\w+\\s+)?(earn|receive|get|make)\\b[^.]{0,40}\\b(commissions?|kick ?back)\\b"
            + "[^.]{0,80}\\b((through|via|from|using|on|in|clicking( on)?) (our |these |this |the |some |any |affiliate "
            + "|partner )*links?|purchases?|buy|at no (extra |additional )?cost)\\b"
            + "|\\b(buy|purchase|click)\\b[^.]{0,80}\\b(may|might|will|can|could|would)\\s+(\\w+\\s+)?(earn|receive|get|make)\\b[^.]{0,40}\\bcommissions?\\b"
            + "|\\b(includes?|contains?|using|uses)\\s+(the\\s+|our\\s+|these\\s+)?affiliate links?\\b"
            + "|^\\W*affiliate links are used|\\bbuy through (our |these |the )?links\\b|\\bthrough links on (our|this) site\\b"
            + "|\\bliens? (affiliés?|d.affiliation)\\b|\\b(pouvons|peut|pourrions|pourrait|pourra)(-nous)? (percevoir|toucher|recevoir) une (petite )?commission\\b"
            + "|\\baffiliate-links?\\b|\\b(erhält|erhalten|bekommt|bekommen)\\b.{0,60}\\bprovision\\b|\\bprovision\\b.{0,60}\\b(erhält|erhalten|bekommt|bekommen)\\b"
            + "|\\benlaces? de afiliad[oa]s?\\b|\\b(podemos|puede|podríamos|podría) (recibir|ganar|obtener|cobrar) una (pequeña )?comisi[oó]n\\b"
            + "|\\blink (di )?affiliazione\\b|\\blink affiliati\\b|\\b(potremmo|possiamo|può|potrebbe) (ricevere|guadagnare|percepire) una (piccola )?commissione\\b"
            + "|\\bsmall favou?r to ask\\b|\\bconsider (pitching in|chipping in|donating|becoming a (member|supporter|patron))"
            + "|\\bsupport (our|independent|local) (\\w+ )?journalism\\b|\\bevery dollar you (give|donate)\\b"
            + "|\\bapoya (el|nuestro) periodismo\\b|\\bhazte (miembro|socio|suscriptor)\\b|\\bcancela cuando quieras\\b"
            + "|\\bsoutenez (notre|le) journalisme\\b|\\bunterstützen sie (unseren|unabhängigen) journalismus\\b"
            + "|\\bsostieni (il nostro|il) giornalismo\\b"
            + "|^\\W*the post .{1,200} appeared first on\\b|\\b(beitrag|artikel) enthält (werbung|anzeigen|affiliate)"
            + "|^\\W*(was this (article|post|page|guide) (helpful|useful)|war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)"
            + "|möchten sie (den|diesen) (artikel|beitrag) teilen|(den|diesen) (artikel|beitrag) mit anderen teilen"
            + "|cet article vous a-t-il (été utile|plu)|¿?(te|le) (ha )?(resultado|parecido|sido) útil)");
    /**
     * Words every {@link #DISCLOSURE} alternative contains: checked first, because that long
     * case-insensitive pattern would otherwise cost a third of the extraction time.
     */
    private static final List<String> DISCLOSURE_CUES = List.of("commission", "comisi", "kick", "affili", "afiliad",
            "buy through", "through links", "provision", "favo", "consider", "journalism", "every dollar", "periodismo",
            "hazte", "cancela", "giornalismo", "appeared first", "enthält", "helpful", "useful", "nützlich",
            "hilfreich", "teilen", "cet article", "útil");
    /** A typed rule ("*****", "-----"); the wcxb ground truths never contain one. */
    private static final Pattern SEPARATOR = Pattern.compile("^([*=_~#-])\\1{4,}");
    /** Share of the text a typed rule must follow to end the article (0.3 lost trafilatura snippets). */
    private static final double SEPARATOR_AFTER_SHARE = 0.5;
    /** Most link text kept in one run between paragraphs (tuned on TUNE: product and course lists fit). */
    private static final int MAX_LINK_RUN_CHARS = 3000;
    private static final Set<String> ARTICLE_LIST_TAGS = Set.of("li", "td", "th", "dd", "dt", "h2", "h3", "h4", "h5",
            "h6");
    /** A reference list entry reduced to its address: never prose. */
    private static final Pattern BARE_URL = Pattern.compile("(?i)(\\s*(https?://|www\\.)\\S+)+\\s*");
    private static final Set<String> TABULAR = Set.of("li", "td", "th", "tr", "dd", "dt", "pre");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。:;\"»”)]\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)|copyright)|all rights reserved");

    /** Stands for {@code <br>} until normalisation, so that source line wrapping is not taken for breaks. */
    private static final char LINE_BREAK = '\u2028';

    /** @param inLinkList the block sits in a link-dense container (a link list or teaser grid) */
    private record Block(String text, String tag, int linkChars, int chars, boolean inLinkList) {
        boolean linky() {
            double linkDensity = chars == 0 ? 0 : (double) linkChars / chars;
            // A long unlinked paragraph is prose even when a link-dense block (a reading list) encloses it.
            boolean prose = chars >= PROSE_CHARS && linkChars == 0;
            return inLinkList && !prose || linkDensity > 0.8 || linkDensity > 0.5 && chars < 400;
        }
    }

    private TextBlocks() {
    }

    static String of(List<Element> content) {
        List<Block> all = new ArrayList<>();
        for (Element e : content) {
            collect(e, all);
        }
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            if (!b.linky() && isProse(b, PROSE_CHARS)) {
                lastProse = i;
                if (firstProse < 0) {
                    firstProse = i;
                }
            }
        }
        boolean[] articleLinks = keptInArticle(all);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            // Link lists between the article's paragraphs are its product lists, checklists and linked
            // sub-headings; before the first or after the last paragraph they are menus and teasers.
            boolean inside = i > firstProse && i < lastProse;
            if (b.linky() && !inside || inside && !articleLinks[i] || isBoilerplate(b)) {
                continue;
            }
            blocks.add(b);
        }
        blocks = trimEdges(blocks);
        blocks = trimLead(blocks);
        blocks = cutAtSeparator(blocks);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (HEADINGS.contains(b.tag()) && !hasProseAfter(blocks, i)) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).equals(b.text())) {
                continue;
            }
            // Responsive layouts render the article once per breakpoint (hidden by CSS, not by
            // markup): a paragraph seen before is such a copy.
            if (b.chars() >= MIN_DUPLICATE_CHARS && !seen.add(b.text())) {
                continue;
            }
            out.add(b.text());
        }
        return String.join("\n\n", out);
    }

    /**
     * After the last prose paragraph, containers tend to carry teaser lists, "popular posts" and
     * calls to action: from the prose onwards, keep sentence-like blocks, list items, table cells
     * and headings followed by such text; cut at the first block that is none of these. (The same
     * trimming before the first paragraph lost standfirsts and intro lines: not done.)
     */
    private static List<Block> trimEdges(List<Block> blocks) {
        int last = -1;
        for (int minChars : new int[] {PROSE_CHARS, PROSE_CHARS / 2}) {
            for (int i = 0; i < blocks.size(); i++) {
                if (isProse(blocks.get(i), minChars)) {
                    last = i;
                }
            }
            if (last >= 0) {
                break;
            }
        }
        if (last < 0) {
            return blocks;
        }
        int end = last;
        while (end + 1 < blocks.size()) {
            int k = end + 1;
            if (RELATED_MARKER.matcher(blocks.get(k).text()).find() && blocks.get(k).chars() < 80) {
                break;
            }
            // (Pseudo-)headings followed by more text are part of the article.
            while (k < blocks.size() && k - end <= MAX_BOUNDARY_RUN && isBoundary(blocks.get(k))) {
                k++;
            }
            if (k < blocks.size() && continuesProse(blocks.get(k)) && (k == end + 1 || blocks.get(k).chars() >= 40
                    || isListRun(blocks, k) || isListRun(blocks, k + 1))) {
                end = k;
            } else {
                break;
            }
        }
        return blocks.subList(0, end + 1);
    }

    /**
     * Before the first paragraph, a short line that is neither a heading nor a sentence is the
     * page's metadata (author name, date, section, reading time), not a standfirst.
     */
    private static List<Block> trimLead(List<Block> blocks) {
        int first = 0;
        while (first < blocks.size() && !isProse(blocks.get(first), PROSE_CHARS / 2)) {
            first++;
        }
        if (first == blocks.size()) {
            // No paragraph at all: a very short page whose short lines are all it has.
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i < first && !HEADINGS.contains(b.tag()) && b.chars() < LEAD_META_CHARS
                    && !SENTENCE_END.matcher(b.text()).find()) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /** A heading followed by several mostly unlinked list items: a checklist section, not a teaser list. */
    /**
     * A rule of asterisks or dashes after most of the text separates the article from its
     * appendix (show notes, "share your story" calls, sponsor blurbs): nothing after it is kept.
     */
    private static List<Block> cutAtSeparator(List<Block> blocks) {
        int total = 0;
        for (Block b : blocks) {
            total += b.chars();
        }
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (seen >= total * SEPARATOR_AFTER_SHARE && SEPARATOR.matcher(b.text()).find()) {
                return blocks.subList(0, i);
            }
            seen += b.chars();
        }
        return blocks;
    }

    private static boolean isListRun(List<Block> blocks, int k) {
        int n = 0;
        for (int i = k; i < blocks.size() && blocks.get(i).tag().equals("li"); i++) {
            if (!continuesProse(blocks.get(i))) {
                return false;
            }
            n++;
        }
        return n >= 3;
    }

    private static boolean isBoundary(Block b) {
        return HEADINGS.contains(b.tag()) || b.linkChars() == 0 && b.chars() < 100 && !continuesProse(b);
    }

    private static boolean isProse(Block b, int minChars) {
        return b.chars() >= minChars && b.linkChars() < b.chars() * 0.25 && !HEADINGS.contains(b.tag());
    }

    private static boolean continuesProse(Block b) {
        // List items with a linked word or two are article lists (checklists, steps); teaser lists are all links.
        double maxLinks = b.tag().equals("li") && b.chars() - b.linkChars() >= LI_TEXT ? LI_LINKS : 0.3;
        // A sentence with a linked phrase (a recipe, a source) still reads on; teasers are headline links.
        if (b.chars() - b.linkChars() >= SENTENCE_TEXT && SENTENCE_END.matcher(b.text()).find()) {
            maxLinks = Math.max(maxLinks, LI_LINKS);
        }
        if (HEADINGS.contains(b.tag()) || b.linkChars() > b.chars() * maxLinks) {
            return false;
        }
        return b.chars() >= 100 || TABULAR.contains(b.tag()) || SENTENCE_END.matcher(b.text()).find();
    }

    /**
     * Which blocks between the article's paragraphs stay despite their links: list items, cells,
     * headings or lines with some unlinked words; not buttons ("Buy on Amazon"), inline teasers
     * ("Also read: ...") nor a run of links opened by a "More on ...:" line, which goes too. Blocks
     * without many links are kept unless they open such a run. One pass, so that pages with
     * thousands of links stay linear.
     */
    private static boolean[] keptInArticle(List<Block> all) {
        boolean[] kept = new boolean[all.size()];
        int markerLine = -1;
        boolean runOpenedByMarker = false;
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            boolean teaser = RELATED_MARKER.matcher(b.text()).find();
            boolean marker = teaser && b.chars() < 80;
            if (!b.linky()) {
                kept[i] = true;
                markerLine = marker ? i : -1;
                runOpenedByMarker = marker;
                continue;
            }
            kept[i] = !teaser && !runOpenedByMarker
                    && (ARTICLE_LIST_TAGS.contains(b.tag()) || b.linkChars() < b.chars() * 0.95);
            if (markerLine >= 0) {
                kept[markerLine] = false;
            }
            runOpenedByMarker |= marker;
        }
        // A run of links longer than any article list is a link farm or a site map.
        int start = 0;
        while (start < all.size()) {
            if (!all.get(start).linky()) {
                start++;
                continue;
            }
            int end = start;
            int chars = 0;
            while (end < all.size() && all.get(end).linky()) {
                chars += all.get(end).chars();
                end++;
            }
            if (chars > MAX_LINK_RUN_CHARS) {
                Arrays.fill(kept, start, end, false);
            }
            start = end;
        }
        return kept;
    }

    /** Boilerplate whatever its place in the article (link density is judged by the caller). */
    private static boolean isBoilerplate(Block b) {
        if (BARE_URL.matcher(b.text()).matches()) {
            return true;
        }
        if (b.text().length() < 80 && (BOILERPLATE_LINE.matcher(b.text()).matches() || COPYRIGHT.matcher(b.text()).find())) {
            return true;
        }
        if (b.text().length() < 160 && PROMO.matcher(b.text()).find()) {
            return true;
        }
        if (b.text().length() < MAX_LEGAL_CHARS
                && (LEGAL.matcher(b.text()).find() || isDisclosure(b.text()))) {
            return true;
        }
        if (b.text().length() < 120 && !b.tag().equals("p") && BYLINE.matcher(b.text()).find()) {
            return true;
        }
        return false;
    }

    private static boolean isDisclosure(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : DISCLOSURE_CUES) {
            if (lower.contains(cue)) {
                return DISCLOSURE.matcher(text).find();
            }
        }
        return false;
    }

    private static boolean hasProseAfter(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (HEADINGS.contains(b.tag())) {
                continue;
            }
            if (!isBoilerplate(b) && !b.linky()) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Element root, List<Block> blocks) {
        TextStats stats = TextStats.of(root);
        StringBuilder current = new StringBuilder();
        int[] linkChars = {0};
        String[] tag = {root.normalName()};
        Element[] linkList = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    current.append(text);
                    if (insideLink(t, root)) {
                        linkChars[0] += nonSpace(text);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e.nameIs("br")) {
                    // Inside a paragraph a <br> is a line break; in a bare container it separates paragraphs.
                    if (e.closest("p, li, td, pre, blockquote, h2, h3, h4, h5, h6, dd, dt") != null) {
                        current.append(LINE_BREAK);
                    } else {
                        flush(current, linkChars, tag[0], linkList[0] != null, blocks);
                    }
                    return FilterResult.CONTINUE;
                }
                if (BLOCK.contains(e.normalName())) {
                    flush(current, linkChars, tag[0], linkList[0] != null, blocks);
                    // Editors wrap each list item's text in a paragraph: it is still a list item.
                    tag[0] = e.nameIs("p") && e.parent() != null && e.parent().nameIs("li") ? "li" : e.normalName();
                    if (e != root && CONTAINERS.contains(e.normalName())) {
                        TextStats.Stat s = stats.get(e);
                        // Link lists and teaser grids nested in the article container.
                        if (linkList[0] == null && s.linkDensity() > 0.5 && s.chars() < 3000) {
                            linkList[0] = e;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    flush(current, linkChars, tag[0], linkList[0] != null, blocks);
                    tag[0] = e.parent() == null ? "div" : e.parent().normalName();
                    if (e == linkList[0]) {
                        linkList[0] = null;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, linkChars, tag[0], linkList[0] != null, blocks);
    }

    private static boolean insideLink(TextNode t, Element root) {
        for (Node x = t.parent(); x instanceof Element e; x = e.parent()) {
            if (e.nameIs("a")) {
                return true;
            }
            if (e == root || BLOCK.contains(e.normalName())) {
                return false;
            }
        }
        return false;
    }

    private static void flush(StringBuilder current, int[] linkChars, String tag, boolean inLinkList,
                              List<Block> blocks) {
        if (current.isEmpty()) {
            return;
        }
        String text = normalise(current.toString());
        current.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Block(text, tag, linkChars[0], nonSpace(text), inLinkList));
        }
        linkChars[0] = 0;
    }

    /** Collapses spaces, keeps single line breaks from {@code <br>}. */
    private static String normalise(String raw) {
        String[] lines = raw.replace('\u00a0', ' ').replace('\u200b', ' ').split(String.valueOf(LINE_BREAK));
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (!l.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(l);
            }
        }
        return sb.toString();
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                n++;
            }
        }
        return n;
    }
}
