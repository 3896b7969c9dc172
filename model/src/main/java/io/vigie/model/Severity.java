package io.vigie.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far above its baseline an incident went: minor below 3x, major below 5x, critical beyond. */
public enum Severity {
    MINOR, MAJOR, CRITICAL;

    public static Severity ofFactor(double factor) {
        if (factor >= 5) {
            return CRITICAL;
        }
        return factor >= 3 ? MAJOR : MINOR;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
