package io.vigie.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The article's main text, paragraphs separated by a blank line, or an empty string when the page
 * has no article text (script-only pages, paywall teasers reduced to chrome): the caller then keeps
 * the feed's text. Steps: {@link PageCleaner} drops chrome, {@link ContentSelector} picks the
 * article container (then loses its small call-to-action boxes), {@link TextBlocks} serialises it
 * without leftover boilerplate; when no container yields text, {@link JusText}'s paragraph
 * classifier rescues what it can; a JSON-LD
 * {@code articleBody} replaces the result when the DOM pass clearly missed the article.
 * (Choosing JusText's text over the container's by length, or filtering the container's blocks
 * by JusText's classes, was measured on the TUNE split and lost F1: JusText drops the tables,
 * lists and short lines articles carry, and keeps comment threads the container also keeps.)
 */
public final class MainText {

    /** Below this, the class-name hints probably removed the article: retry without them. */
    private static final int RETRY_BELOW_CHARS = 250;
    private static final int MIN_ARTICLE_BODY_CHARS = 200;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private MainText() {
    }

    /** Main text of the page body. The input is not modified. */
    public static String of(Element body) {
        return of(body, null);
    }

    /**
     * @param articleBody JSON-LD articleBody, or null
     */
    public static String of(Element body, String articleBody) {
        if (body == null) {
            return fromArticleBody(articleBody);
        }
        String text = pass(body, true);
        if (text.length() < RETRY_BELOW_CHARS) {
            String loose = pass(body, false);
            if (loose.length() > Math.max(RETRY_BELOW_CHARS, 2 * text.length())) {
                text = loose;
            }
        }
        if (text.length() < RETRY_BELOW_CHARS) {
            // No container worth the name (text in a few short blocks, a table layout): JusText's
            // paragraph-by-paragraph judgement needs none, as trafilatura's own rescue does.
            Element root = body.clone();
            PageCleaner.clean(root, false);
            String rescued = JusText.goodText(JusText.classify(root, JusText.Settings.DEFAULTS));
            if (rescued.length() > Math.max(RETRY_BELOW_CHARS, 2 * text.length())) {
                text = rescued;
            }
        }
        String ld = fromArticleBody(articleBody);
        if (ld.length() >= MIN_ARTICLE_BODY_CHARS && coverage(text, ld) < 0.6) {
            return ld;
        }
        return text;
    }

    private static String pass(Element body, boolean useClassHints) {
        Element root = body.clone();
        PageCleaner.clean(root, useClassHints);
        List<Element> content = ContentSelector.select(root, useClassHints);
        if (useClassHints) {
            PageCleaner.removeCallsToAction(content);
        }
        // No paragraph long enough to score: a very short page; whatever survived cleaning is its text.
        return TextBlocks.of(content.isEmpty() ? List.of(root) : content);
    }

    /** Share of the distinct words of {@code reference} found in {@code text}. */
    private static double coverage(String text, String reference) {
        Set<String> have = words(text);
        Set<String> want = words(reference);
        if (want.isEmpty()) {
            return 1;
        }
        int found = 0;
        for (String w : want) {
            if (have.contains(w)) {
                found++;
            }
        }
        return (double) found / want.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String fromArticleBody(String articleBody) {
        if (articleBody == null || articleBody.isBlank()) {
            return "";
        }
        String s = articleBody;
        if (s.indexOf('<') >= 0 && s.indexOf('>') > 0) {
            // Some CMSs put HTML in articleBody.
            return TextBlocks.of(List.of(Jsoup.parseBodyFragment(s).body()));
        }
        StringBuilder sb = new StringBuilder();
        for (String para : s.split("\\s*\\n\\s*(\\n\\s*)*")) {
            String p = para.replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
