package io.vigie.index.schema;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the mention indices. Each month has a write alias {@code vigie-mentions-2026.11} pointing
 * to one concrete generation {@code vigie-mentions-2026.11-000001}; a reindex creates the next
 * generation and moves the alias, so writers never need to know which generation is current.
 * Every generation also carries the read alias {@code vigie-mentions}.
 */
public final class IndexNames {
    public static final String READ_ALIAS = "vigie-mentions";
    public static final String PATTERN = READ_ALIAS + "-*";
    public static final String TEMPLATE_NAME = "vigie-mentions";
    /** The one index of daily aggregates (small: a document per day x lang x country x pillar). */
    public static final String DAILY_INDEX = "vigie-daily";
    public static final String DAILY_TEMPLATE_NAME = "vigie-daily";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu.MM", Locale.ROOT);
    private static final Pattern GENERATION = Pattern.compile(
            Pattern.quote(READ_ALIAS) + "-(\\d{4})\\.(\\d{2})-(\\d{6})");

    private static final Pattern MONTH_ALIAS = Pattern.compile(Pattern.quote(READ_ALIAS) + "-(\\d{4})\\.(\\d{2})");
    private static final Pattern MONTH_TEXT = Pattern.compile("(\\d{4})[.-](\\d{2})");

    private IndexNames() {
    }

    /** The month an instant falls in, in UTC, so that every node agrees whatever its time zone. */
    public static YearMonth monthOf(Instant timestamp) {
        return YearMonth.from(timestamp.atOffset(ZoneOffset.UTC));
    }

    /** Write alias of a month: {@code vigie-mentions-2026.11}. */
    public static String monthAlias(YearMonth month) {
        checkYear(month);
        return READ_ALIAS + "-" + MONTH.format(month);
    }

    /** Concrete index of a month's generation: {@code vigie-mentions-2026.11-000001}. */
    public static String concreteIndex(YearMonth month, int generation) {
        if (generation < 1 || generation > 999_999) {
            throw new IllegalArgumentException("index generation must be 1..999999, got " + generation);
        }
        return monthAlias(month) + String.format(Locale.ROOT, "-%06d", generation);
    }

    /** Generation of a concrete index name, empty if it is not one of ours. */
    public static Optional<Integer> generationOf(String concreteIndex) {
        Matcher m = GENERATION.matcher(concreteIndex);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(3))) : Optional.empty();
    }

    /** The month of a write alias ({@code vigie-mentions-2026.11}), empty if it is not one. */
    public static Optional<YearMonth> monthOfAlias(String alias) {
        Matcher m = MONTH_ALIAS.matcher(alias);
        return m.matches() ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** Parses {@code 2026.11} (as in index names) or {@code 2026-11}. */
    public static YearMonth parseMonth(String text) {
        Matcher m = MONTH_TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
            throw new IllegalArgumentException("not a month: '" + text + "', expected YYYY.MM, e.g. 2026.11");
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        checkYear(month);
        return month;
    }

    private static void checkYear(YearMonth month) {
        // Index names sort and group by their 4-digit year; a 5-digit year is corrupt input.
        if (month.getYear() < 1000 || month.getYear() > 9999) {
            throw new IllegalArgumentException("no mention index for year " + month.getYear());
        }
    }
}
