package io.vigie.ingest.extract;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Publication dates that pages show rather than declare: a date in the URL path
 * ({@code /2024/01/15/}, {@code /2024-01-15-slug}) and a written date near the headline or in a
 * byline/date element ("December 17, 2025", "17 décembre 2025", "17. Dezember 2025",
 * "17 de diciembre de 2025", "2025-12-17"). Used only when no metadata gives the date.
 */
final class VisibleDates {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "gen", "janeiro",
                "januari", "stycznia", "styczeń"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro",
                "fev", "februari", "lutego", "luty"},
            {"march", "mar", "mars", "märz", "maerz", "marzo", "março", "marco", "maart", "marca", "marzec"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj"},
            {"june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec"},
            {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "lipca", "lipiec"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września",
                "wrzesień"},
            {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out",
                "października", "październik"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad"},
            {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre",
                "dezembro", "grudnia", "grudzień"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(\\p{L}{3,12})\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    /** "December 17, 2025", "Dec. 17th 2025". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    /** "17 December 2025", "17. Dezember 2025", "17 de diciembre de 2025", "1er mars 2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?" + YEAR + "\\b");
    /** "2025-12-17", "2025/12/17". */
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
    /** "17.12.2025" (day first: the common order outside the US, and dots are not used in US dates). */
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\." + YEAR + "\\b");
    private static final Pattern URL_DATE = Pattern.compile("/" + YEAR + "[/-](\\d{2})[/-](\\d{2})(?:[/-]|\\.html?|$)");
    private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|byline|meta|entry-?info");
    /** What may precede a date shown alone: a label ("Published:", "Mis à jour le") or a weekday. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^((last\\s+)?(published|posted|updated|modified|"
            + "date|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|publicado|actualizado)"
            + "(\\s+(on|le|am|il|el))?\\s*:?\\s*|(on|le|am|il|el)\\s+)?(\\p{L}{3,12},\\s+)?");
    /** What may follow it: a time of day. */
    private static final Pattern TIME_TAIL = Pattern.compile("(?iu)^\\s*(,|at|à|um|alle|a las)?\\s*\\d{1,2}[:h.]\\d{2}.{0,16}$");
    private static final Set<String> INLINE = Set.of("span", "time", "a", "b", "strong", "i", "em", "small", "abbr",
            "sup", "br", "font");
    /** Elements looked at for a date shown alone: the date sits near the top of an article page. */
    private static final int MAX_SCANNED_ELEMENTS = 20_000;
    /** How much text after the headline is searched for a written date. */
    private static final int NEAR_HEADLINE_CHARS = 1500;

    private VisibleDates() {
    }

    /** A full date (year, month, day) in the URL path, or null. */
    static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(path);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * A written date in an element named as a date/byline, else in the text just after the page's
     * headline; null when there is none.
     */
    static Instant fromText(Element body) {
        if (body == null) {
            return null;
        }
        for (Element e : body.select("time, [class], [id]")) {
            if (!e.nameIs("time") && !DATE_NAMES.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() <= 200) {
                Instant i = parse(text);
                if (i != null) {
                    return i;
                }
            }
        }
        Element h1 = body.selectFirst("h1");
        if (h1 == null) {
            return dateOnlyElement(body);
        }
        // The headline's section usually holds the byline and date; widen a few levels at most.
        Element scope = h1;
        for (int i = 0; i < 3 && scope.parent() != null && scope.parent() != body; i++) {
            scope = scope.parent();
        }
        String text = scope.text();
        int at = Math.max(0, text.indexOf(h1.text()));
        Instant nearHeadline = parse(text.substring(at, Math.min(text.length(),
                at + h1.text().length() + NEAR_HEADLINE_CHARS)));
        return nearHeadline != null ? nearHeadline : dateOnlyElement(body);
    }

    /**
     * The first element outside the page's chrome whose whole text is a date, possibly labelled
     * ("Dec 17, 2025", "Published: 17 December 2025"): how blogs and page builders show the date
     * without naming the element or placing it by the headline.
     */
    private static Instant dateOnlyElement(Element body) {
        int scanned = 0;
        for (Element e : body.getAllElements()) {
            // Bounded, and leaf-like elements only, so that a huge page stays linear.
            if (++scanned > MAX_SCANNED_ELEMENTS) {
                break;
            }
            if (!holdsOnlyInline(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 8 || text.length() > 60
                    || e.closest("footer, nav, aside, [role=contentinfo], [role=navigation]") != null) {
                continue;
            }
            Instant i = wholeDate(text);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    private static boolean holdsOnlyInline(Element e) {
        if (e.childrenSize() > 2) {
            return false;
        }
        for (Element c : e.children()) {
            if (!INLINE.contains(c.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** The date when {@code text} is only a date, with at most a label before it and a time after it. */
    static Instant wholeDate(String text) {
        Matcher label = DATE_LABEL.matcher(text);
        String rest = label.lookingAt() ? text.substring(label.end()) : text;
        for (Pattern p : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO, DOTTED)) {
            Matcher m = p.matcher(rest);
            if (m.lookingAt()) {
                String tail = rest.substring(m.end());
                if (tail.isBlank() || TIME_TAIL.matcher(tail).matches()) {
                    return parse(rest.substring(0, m.end()));
                }
            }
        }
        return null;
    }

    /** The first date written in {@code text}, in any of the supported forms; null when none. */
    static Instant parse(String text) {
        Instant best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find() && m.start() < bestAt) {
            Instant i = named(m.group(1), m.group(2), m.group(3));
            if (i != null) {
                best = i;
                bestAt = m.start();
                break;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find() && m.start() < bestAt) {
            Instant i = named(m.group(2), m.group(1), m.group(3));
            if (i != null) {
                best = i;
                bestAt = m.start();
                break;
            }
        }
        m = ISO.matcher(text);
        while (m.find() && m.start() < bestAt) {
            Instant i = date(m.group(1), m.group(2), m.group(3));
            if (i != null) {
                best = i;
                bestAt = m.start();
                break;
            }
        }
        m = DOTTED.matcher(text);
        while (m.find() && m.start() < bestAt) {
            Instant i = date(m.group(3), m.group(2), m.group(1));
            if (i != null) {
                best = i;
                break;
            }
        }
        return best;
    }

    private static Instant named(String month, String day, String year) {
        Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
        return mo == null ? null : date(year, String.valueOf(mo), day);
    }

    private static Instant date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
