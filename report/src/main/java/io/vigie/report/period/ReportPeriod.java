package io.vigie.report.period;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of whole calendar days in one time zone, first and last day included. Reports compare a
 * period with the periods of the same length right before it, so all arithmetic is in days (not
 * hours): a week that crosses a daylight-saving change is still one week.
 */
public record ReportPeriod(LocalDate firstDay, LocalDate lastDay, ZoneId zone, String label) {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("period ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("period longer than " + MAX_DAYS + " days: " + firstDay + ".." + lastDay);
        }
        label = label == null || label.isBlank() ? firstDay + ".." + lastDay : label;
    }

    /** An ISO week such as {@code 2026-W47}: Monday to Sunday in {@code zone}. */
    public static ReportPeriod isoWeek(String week, ZoneId zone) {
        Matcher m = ISO_WEEK.matcher(week == null ? "" : week.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("week must look like 2026-W47, got: " + week);
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        long weeksInYear = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (number < 1 || number > weeksInYear) {
            throw new IllegalArgumentException("week " + week + " does not exist: " + year + " has " + weeksInYear + " ISO weeks");
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        return new ReportPeriod(monday, monday.plusDays(6), zone, String.format(Locale.ROOT, "%d-W%02d", year, number));
    }

    /** The ISO week before the one containing {@code today}: what a Monday-morning schedule reports on. */
    public static ReportPeriod previousIsoWeek(LocalDate today, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return isoWeek(String.format(Locale.ROOT, "%d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), zone);
    }

    /** The last {@code days} days up to and including {@code today} (today is partial). */
    public static ReportPeriod lastDays(int days, LocalDate today, ZoneId zone) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ", got " + days);
        }
        return new ReportPeriod(today.minusDays(days - 1L), today, zone, null);
    }

    /** Parses {@code yyyy-MM-dd} bounds, both included. */
    public static ReportPeriod between(String from, String to, ZoneId zone) {
        try {
            return new ReportPeriod(LocalDate.parse(from.trim()), LocalDate.parse(to.trim()), zone, null);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("from/to must be dates like 2026-11-16, got from=" + from + " to=" + to);
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    public Instant start() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** Exclusive end: midnight after the last day. */
    public Instant end() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The period {@code k} lengths earlier (k = 1: the previous one). */
    public ReportPeriod shiftBack(int k) {
        long by = (long) k * days();
        return new ReportPeriod(firstDay.minusDays(by), lastDay.minusDays(by), zone, k == 0 ? label : null);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start()) && t.isBefore(end());
    }
}
