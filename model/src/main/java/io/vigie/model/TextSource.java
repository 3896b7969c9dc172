package io.vigie.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a mention's text comes from: the article page, or only what the feed gave. */
public enum TextSource {
    PAGE, FEED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TextSource fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
