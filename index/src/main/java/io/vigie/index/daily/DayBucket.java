package io.vigie.index.daily;

import io.vigie.index.document.MentionDocument;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The unit of recomputation of the daily aggregates: one day (Europe/Paris, the territory's calendar), one
 * language, one source country. Missing values are {@link #UNKNOWN}.
 */
public record DayBucket(LocalDate day, String lang, String country) {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final String UNKNOWN = "unknown";

    public DayBucket {
        Objects.requireNonNull(day, "day");
        lang = lang == null || lang.isBlank() ? UNKNOWN : lang;
        country = country == null || country.isBlank() ? UNKNOWN : country;
    }

    public static DayBucket of(MentionDocument doc) {
        Object source = doc.fields().get("source");
        String country = source instanceof Map<?, ?> s && s.get("country") instanceof String c ? c : null;
        return new DayBucket(LocalDate.ofInstant(doc.timestamp(), ZONE), doc.string("lang"), country);
    }

    /** Id of this bucket's document for one pillar: stable, so that a recomputation overwrites it. */
    public String documentId(String pillar) {
        return day + "|" + lang + "|" + country + "|" + pillar;
    }
}
