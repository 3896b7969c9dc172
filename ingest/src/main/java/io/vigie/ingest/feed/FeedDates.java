package io.vigie.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds really write them, to UTC instants: RFC 822 with wrong or missing day names,
 * two-digit years, named or numeric zones (unknown zones read as UTC), ISO 8601 / W3C-DTF with or
 * without seconds, fraction, zone or time. Used where Rome gave up on a date.
 */
public final class FeedDates {

    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[\\p{L}]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([\\p{L}]{3,})\\.?[\\s-]+(\\d{2,4})(?:,?\\s+|\\s*T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(.*)$");
    private static final Pattern RFC822_DATE_ONLY = Pattern.compile(
            "^(?:[\\p{L}]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([\\p{L}]{3,})\\.?[\\s-]+(\\d{4})\\s*$");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("^(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2}):?(\\d{2})?");
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            // French and a few other spellings seen in local media feeds
            Map.entry("fév", 2), Map.entry("fev", 2), Map.entry("avr", 4), Map.entry("mai", 5),
            Map.entry("aoû", 8), Map.entry("aou", 8), Map.entry("déc", 12),
            Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("dic", 12), Map.entry("set", 9));
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC), Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("MET", ZoneOffset.ofHours(1)), Map.entry("MEST", ZoneOffset.ofHours(2)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)));

    private FeedDates() {
    }

    /** Parses a feed date; null when it is not a date. */
    public static Instant parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        try {
            Instant iso = iso(s);
            return iso != null ? iso : rfc822(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant iso(String s) {
        if (!Character.isDigit(s.charAt(0)) || s.length() < 10 || s.charAt(4) != '-') {
            return null;
        }
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            var parsed = ISO.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant rfc822(String s) {
        Matcher m = RFC822.matcher(s);
        if (!m.matches()) {
            Matcher d = RFC822_DATE_ONLY.matcher(s);
            if (!d.matches()) {
                return null;
            }
            Integer month = month(d.group(2));
            return month == null ? null
                    : LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1))).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        Integer month = month(m.group(2));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (m.group(3).length() == 3) {
            return null;
        }
        int hour = Integer.parseInt(m.group(4));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)), hour == 24 ? 0 : hour,
                Integer.parseInt(m.group(5)), Math.min(second, 59));
        if (hour == 24) {
            local = local.plusDays(1);
        }
        return ZonedDateTime.of(local, zone(m.group(7))).toInstant();
    }

    private static Integer month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith("juin")) {
            return 6;
        }
        if (key.startsWith("juil")) {
            return 7;
        }
        return key.length() < 3 ? null : MONTHS.get(key.substring(0, 3));
    }

    private static ZoneId zone(String raw) {
        String z = raw.strip();
        if (z.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Matcher n = NUMERIC_ZONE.matcher(z);
        if (n.find()) {
            int hours = Integer.parseInt(n.group(2));
            int minutes = n.group(3) == null ? 0 : Integer.parseInt(n.group(3));
            if (hours > 18 || minutes > 59) {
                return ZoneOffset.UTC;
            }
            int sign = n.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        String word = z.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
        return ZONES.getOrDefault(word, ZoneOffset.UTC);
    }
}
