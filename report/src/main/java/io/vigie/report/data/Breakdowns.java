package io.vigie.report.data;

import java.time.LocalDate;
import java.util.List;

/** The current period's mentions broken down by day, pillar, theme, topic, outlet country and language. */
public record Breakdowns(List<Day> daily, List<Pillar> pillars, List<KeyCount> themes, List<KeyCount> topics,
                         List<KeyCount> countries, List<KeyCount> languages) {

    public static final Breakdowns EMPTY = new Breakdowns(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public record Day(LocalDate day, long mentions, long positive, long negative, long labelled) {
    }

    public record Pillar(String pillar, long mentions, long positive, long neutral, long negative) {
    }

    public record KeyCount(String key, long n) {
    }
}
