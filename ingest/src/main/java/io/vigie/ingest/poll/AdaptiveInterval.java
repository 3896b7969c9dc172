package io.vigie.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Polling interval from a feed's observed publication rate: half the median gap between its most
 * recent items, clamped to [min, max]. A feed publishing every 20 minutes is polled every 10; a
 * weekly blog settles at the maximum. Without two dated items the fallback is used.
 */
public final class AdaptiveInterval {
    static final int RECENT_ITEMS = 20;

    private AdaptiveInterval() {
    }

    public static Duration next(Collection<Instant> published, Duration fallback, Duration min, Duration max) {
        List<Instant> dates = new ArrayList<>(published.stream().filter(Objects::nonNull).distinct().toList());
        dates.sort(java.util.Comparator.reverseOrder());
        if (dates.size() > RECENT_ITEMS) {
            dates = dates.subList(0, RECENT_ITEMS);
        }
        if (dates.size() < 2) {
            return clamp(fallback, min, max);
        }
        long[] gaps = new long[dates.size() - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = Duration.between(dates.get(i + 1), dates.get(i)).toMillis();
        }
        java.util.Arrays.sort(gaps);
        long median = gaps.length % 2 == 1 ? gaps[gaps.length / 2] : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2;
        return clamp(Duration.ofMillis(median / 2), min, max);
    }

    static Duration clamp(Duration d, Duration min, Duration max) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }
}
