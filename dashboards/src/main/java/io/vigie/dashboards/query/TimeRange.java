package io.vigie.dashboards.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigie.dashboards.savedobject.JsonText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The dashboard time picker's range, [from, to). */
public record TimeRange(Instant from, Instant to) {
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("time range must end after it starts: " + from + " .. " + to);
        }
    }

    /** The range filter Kibana adds on the data view's time field. */
    public ObjectNode filter(String timeField) {
        ObjectNode range = JsonText.object();
        range.putObject("range").putObject(timeField).put("gte", from.toString()).put("lt", to.toString())
                .put("format", "strict_date_optional_time");
        return range;
    }

    /**
     * The interval an "auto" date histogram gets: Kibana aims at roughly a hundred buckets; we round to the
     * calendar units an analyst reads (hour, day, week, month).
     */
    public String autoInterval() {
        Duration span = Duration.between(from, to);
        if (span.compareTo(Duration.ofDays(4)) <= 0) {
            return "1h";
        }
        if (span.compareTo(Duration.ofDays(100)) <= 0) {
            return "1d";
        }
        if (span.compareTo(Duration.ofDays(700)) <= 0) {
            return "1w";
        }
        return "1M";
    }
}
