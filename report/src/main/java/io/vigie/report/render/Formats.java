package io.vigie.report.render;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and dates written the way readers of the report's language expect. */
public final class Formats {
    public static final String NONE = "—";
    private final Locale locale;
    private final NumberFormat integer;
    private final NumberFormat oneDecimal;
    private final NumberFormat twoDecimals;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDay;

    public Formats(Locale locale) {
        this.locale = locale;
        this.integer = NumberFormat.getIntegerInstance(locale);
        this.oneDecimal = decimals(locale, 1);
        this.twoDecimals = decimals(locale, 2);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortDay = DateTimeFormatter.ofPattern(locale.getLanguage().equals("fr") ? "EEE d" : "EEE d", locale);
    }

    private static NumberFormat decimals(Locale locale, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }

    public Locale locale() {
        return locale;
    }

    public String count(long n) {
        return integer.format(n);
    }

    public String decimal(double v) {
        return Double.isNaN(v) ? NONE : oneDecimal.format(v);
    }

    /** 0.123 → "12.3%" / "12,3 %". */
    public String percent(double share) {
        if (Double.isNaN(share)) {
            return NONE;
        }
        String n = oneDecimal.format(share * 100);
        return locale.getLanguage().equals("fr") ? n + "\u00a0%" : n + "%";
    }

    /** A net share in [-1, 1] as signed points: "+12.3" / "−4,0". */
    public String signedPoints(double v) {
        if (Double.isNaN(v)) {
            return NONE;
        }
        String n = oneDecimal.format(Math.abs(v * 100));
        return (v > 0.0005 ? "+" : v < -0.0005 ? "\u2212" : "\u00b1") + n;
    }

    public String signedPercentChange(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return NONE;
        }
        return signedPoints(ratio) + (locale.getLanguage().equals("fr") ? "\u00a0%" : "%");
    }

    public String signedDecimal(double v) {
        if (Double.isNaN(v)) {
            return NONE;
        }
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + twoDecimals.format(Math.abs(v));
    }

    public String date(LocalDate d) {
        return longDate.format(d);
    }

    public String day(LocalDate d) {
        return shortDay.format(d);
    }

    public String shortDate(LocalDate d) {
        return DateTimeFormatter.ofPattern(locale.getLanguage().equals("fr") ? "dd/MM" : "MM-dd", locale).format(d);
    }
}
