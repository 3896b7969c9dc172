package io.vigie.report.schedule;

import java.time.ZoneId;

/** @param cron when to send (default {@code 0 8 * * MON}), in {@code zone} (default Europe/Paris) */
public record ScheduleSettings(String cron, ZoneId zone, boolean enabled) {
    public static final ScheduleSettings DEFAULTS = new ScheduleSettings("0 8 * * MON", ZoneId.of("Europe/Paris"), true);

    public ScheduleSettings {
        if (zone == null) {
            throw new IllegalArgumentException("report.time-zone is required, e.g. Europe/Paris");
        }
        try {
            CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("report.schedule: " + e.getMessage(), e);
        }
    }

    public CronExpression expression() {
        return CronExpression.parse(cron);
    }
}
