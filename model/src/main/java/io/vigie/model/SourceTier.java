package io.vigie.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far an outlet's audience reaches, from the territory's point of view. */
public enum SourceTier {
    INTERNATIONAL, NATIONAL, REGIONAL, LOCAL, SOCIAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SourceTier fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
