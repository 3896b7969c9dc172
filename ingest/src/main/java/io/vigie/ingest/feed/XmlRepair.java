package io.vigie.ingest.feed;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text-level repairs for the usual ways real feeds break XML: junk before the prolog, HTML entities
 * that XML does not declare ({@code &nbsp;}, {@code &eacute;}), bare ampersands, and characters XML
 * forbids. CDATA sections and comments are left as they are, since their content is not markup.
 */
final class XmlRepair {

    private static final Pattern XML_DECL = Pattern.compile("<\\?xml\\s");
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<[A-Za-z_]");
    private static final Pattern FIRST_MARKUP = Pattern.compile("<[A-Za-z_?!]");
    private static final Pattern AMPERSAND = Pattern.compile(
            "&(?:([A-Za-z][A-Za-z0-9._-]*);|#([0-9]{1,8});|#[xX]([0-9A-Fa-f]{1,7});)?");
    private static final Pattern INVALID_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private XmlRepair() {
    }

    /** Applies every repair that changes something and notes it in {@code repairs}. */
    static String repair(String text, List<String> repairs) {
        String s = stripBeforeProlog(text, repairs);
        s = stripInvalidChars(s, repairs);
        return fixMarkupOutsideCdata(s, repairs);
    }

    static String stripBeforeProlog(String text, List<String> repairs) {
        Matcher decl = XML_DECL.matcher(text);
        Matcher element = FIRST_ELEMENT.matcher(text);
        int firstElement = element.find() ? element.start() : text.length();
        int start;
        if (decl.find() && decl.start() < firstElement) {
            start = decl.start();
        } else {
            Matcher markup = FIRST_MARKUP.matcher(text);
            start = markup.find() ? markup.start() : 0;
            if (text.substring(0, start).isBlank()) {
                return text; // whitespace before the root element is legal without a declaration
            }
        }
        if (start == 0) {
            return text;
        }
        repairs.add("removed " + start + " characters before the " + (text.startsWith("<?xml", start) ? "XML declaration" : "first element"));
        return text.substring(start);
    }

    static String stripInvalidChars(String text, List<String> repairs) {
        Matcher m = INVALID_CHARS.matcher(text);
        if (!m.find()) {
            return text;
        }
        repairs.add("removed control characters not allowed in XML");
        return m.replaceAll("");
    }

    private static String fixMarkupOutsideCdata(String text, List<String> repairs) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Counts counts = new Counts();
        int i = 0;
        while (i < text.length()) {
            int cdata = text.indexOf("<![CDATA[", i);
            int comment = text.indexOf("<!--", i);
            int next = min(cdata, comment);
            int end = next < 0 ? text.length() : next;
            fixAmpersands(text.substring(i, end), out, counts);
            if (next < 0) {
                break;
            }
            String close = next == cdata ? "]]>" : "-->";
            int closeAt = text.indexOf(close, next + 4);
            int stop = closeAt < 0 ? text.length() : closeAt + close.length();
            out.append(text, next, stop);
            i = stop;
        }
        if (counts.htmlEntities > 0) {
            repairs.add("replaced " + counts.htmlEntities + " HTML entities undeclared in XML (e.g. &" + counts.example + ";)");
        }
        if (counts.bareAmpersands > 0) {
            repairs.add("escaped " + counts.bareAmpersands + " bare '&'");
        }
        if (counts.badCharRefs > 0) {
            repairs.add("removed " + counts.badCharRefs + " character references to characters not allowed in XML");
        }
        return counts.changed() ? out.toString() : text;
    }

    private static void fixAmpersands(String segment, StringBuilder out, Counts counts) {
        Matcher m = AMPERSAND.matcher(segment);
        int last = 0;
        while (m.find()) {
            out.append(segment, last, m.start());
            last = m.end();
            String name = m.group(1);
            if (name != null) {
                if (XML_ENTITIES.contains(name)) {
                    out.append(m.group());
                } else if (Entities.isNamedEntity(name)) {
                    String chars = Entities.getByName(name);
                    chars.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                    counts.htmlEntities++;
                    if (counts.example == null) {
                        counts.example = name;
                    }
                } else {
                    out.append("&amp;").append(name).append(';');
                    counts.bareAmpersands++;
                }
            } else if (m.group(2) != null || m.group(3) != null) {
                long cp = m.group(2) != null ? Long.parseLong(m.group(2)) : Long.parseLong(m.group(3), 16);
                if (allowedInXml(cp)) {
                    out.append(m.group());
                } else {
                    counts.badCharRefs++;
                }
            } else {
                out.append("&amp;");
                counts.bareAmpersands++;
            }
        }
        out.append(segment, last, segment.length());
    }

    private static boolean allowedInXml(long cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static int min(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    private static final class Counts {
        int htmlEntities;
        int bareAmpersands;
        int badCharRefs;
        String example;

        boolean changed() {
            return htmlEntities + bareAmpersands + badCharRefs > 0;
        }
    }
}
