package io.vigie.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the chosen elements into paragraphs (one per block element, separated by a blank line)
 * and drops what is still boilerplate inside the article container: link lists, "read more" and
 * share lines, a heading left with nothing after it.
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
            + "share( this)?( article| story| post)?( on)?|tweet|email|e-mail|print|copy link|copied|"
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
    /** Largest link share of a list item still read as an article list item, given LI_TEXT unlinked chars. */
    private static final double LI_LINKS = 0.5;
    private static final int LI_TEXT = 10;
    /** Headings that open teaser lists: after the article, nothing past them is the article. */
    private static final Pattern RELATED_MARKER = Pattern.compile("(?iu)^\\W*(related|more (from|on|about|stories)|"
            + "you (may|might) (also )?like|recommended|read (more|next|also)|also read|see also|popular|most read|"
            + "trending|(à )?lire (aussi|également)|sur le même sujet|dans la même rubrique|voir aussi|"
            + "das könnte (sie|dich) auch|mehr zum thema|weitere (artikel|themen|beiträge|nachrichten)|lesen sie auch|"
            + "auch interessant|te puede interesar|noticias relacionadas|lee también|más noticias|"
            + "potrebbe interessarti|leggi anche|articoli correlati|czytaj (też|także)|zobacz (też|także)|"
            + "leia também|veja também)");
    private static final Set<String> TABULAR = Set.of("li", "td", "th", "tr", "dd", "dt", "pre");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。:;\"»”)]\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)|copyright)|all rights reserved");

    /** Stands for {@code <br>} until normalisation, so that source line wrapping is not taken for breaks. */
    private static final char LINE_BREAK = '\u2028';

    private record Block(String text, String tag, int linkChars, int chars) {
    }

    private TextBlocks() {
    }

    static String of(List<Element> content) {
        List<Block> all = new ArrayList<>();
        for (Element e : content) {
            collect(e, all);
        }
        List<Block> blocks = new ArrayList<>();
        for (Block b : all) {
            if (!isBoilerplate(b)) {
                blocks.add(b);
            }
        }
        blocks = trimEdges(blocks);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (HEADINGS.contains(b.tag()) && !hasProseAfter(blocks, i)) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).equals(b.text())) {
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
            while (k < blocks.size() && k - end <= 3 && isBoundary(blocks.get(k))) {
                k++;
            }
            if (k < blocks.size() && continuesProse(blocks.get(k)) && (k == end + 1 || blocks.get(k).chars() >= 40
                    || isListRun(blocks, k))) {
                end = k;
            } else {
                break;
            }
        }
        return blocks.subList(0, end + 1);
    }

    /** A heading followed by several mostly unlinked list items: a checklist section, not a teaser list. */
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
        if (HEADINGS.contains(b.tag()) || b.linkChars() > b.chars() * maxLinks) {
            return false;
        }
        return b.chars() >= 100 || TABULAR.contains(b.tag()) || SENTENCE_END.matcher(b.text()).find();
    }

    private static boolean isBoilerplate(Block b) {
        double linkDensity = b.chars() == 0 ? 0 : (double) b.linkChars() / b.chars();
        if (linkDensity > 0.8 || linkDensity > 0.5 && b.chars() < 400) {
            return true;
        }
        if (b.text().length() < 80 && (BOILERPLATE_LINE.matcher(b.text()).matches() || COPYRIGHT.matcher(b.text()).find())) {
            return true;
        }
        if (b.text().length() < 160 && PROMO.matcher(b.text()).find()) {
            return true;
        }
        if (b.text().length() < 120 && !b.tag().equals("p") && BYLINE.matcher(b.text()).find()) {
            return true;
        }
        return false;
    }

    private static boolean hasProseAfter(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (HEADINGS.contains(b.tag())) {
                continue;
            }
            if (!isBoilerplate(b)) {
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
                        flush(current, linkChars, tag[0], blocks);
                    }
                    return FilterResult.CONTINUE;
                }
                if (BLOCK.contains(e.normalName())) {
                    flush(current, linkChars, tag[0], blocks);
                    tag[0] = e.normalName();
                    if (e != root && CONTAINERS.contains(e.normalName())) {
                        TextStats.Stat s = stats.get(e);
                        // Link lists and teaser grids nested in the article container.
                        if (s.linkDensity() > 0.5 && s.chars() < 3000) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    flush(current, linkChars, tag[0], blocks);
                    tag[0] = e.parent() == null ? "div" : e.parent().normalName();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, linkChars, tag[0], blocks);
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

    private static void flush(StringBuilder current, int[] linkChars, String tag, List<Block> blocks) {
        if (current.isEmpty()) {
            return;
        }
        String text = normalise(current.toString());
        current.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Block(text, tag, linkChars[0], nonSpace(text)));
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
