package io.vigie.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The notifications of one incident's life. */
public enum AlertStep {
    OPENED, ESCALATED, RESOLVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AlertStep fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
