package io.vigie.app.report;

import io.vigie.app.config.VigieConfig;
import io.vigie.report.ReportSettings;
import io.vigie.report.compute.CalculatorSettings;
import io.vigie.report.live.LiveSettings;
import io.vigie.report.mail.SmtpSettings;
import io.vigie.report.schedule.ScheduleSettings;

/** Maps Vigie's configuration onto the report module's settings, in one place for `report` and `up`. */
public final class ReportWiring {
    private ReportWiring() {
    }

    public static ReportSettings reportSettings(VigieConfig config, String language) {
        VigieConfig.Report report = config.report();
        CalculatorSettings defaults = CalculatorSettings.DEFAULTS;
        CalculatorSettings calculator = new CalculatorSettings(defaults.homeCountry(), report.minMentions(),
                defaults.windows(), defaults.referenceWindows(), defaults.topStories(), defaults.emergingMinCount(),
                defaults.staleAfter());
        String kibana = config.kibana().url();
        return new ReportSettings(report.mentionsIndex(), report.alertsIndex(), report.timeZone(),
                language == null ? report.language() : language, kibana == null || kibana.isBlank() ? null : kibana,
                report.maxDocuments(), calculator);
    }

    /** @throws IllegalArgumentException naming the missing or bad smtp.* / report.recipients key */
    public static SmtpSettings smtpSettings(VigieConfig config) {
        VigieConfig.Smtp smtp = config.smtp();
        return new SmtpSettings(smtp.host(), smtp.port(), SmtpSettings.security(smtp.security()), blankToNull(smtp.user()),
                blankToNull(smtp.password()), smtp.from(), config.report().recipients(), smtp.timeout());
    }

    /** Mail is sent only when a host and recipients are configured; otherwise reports are only written. */
    public static boolean mailConfigured(VigieConfig config) {
        return config.smtp().configured() && !config.report().recipients().isEmpty();
    }

    public static ScheduleSettings scheduleSettings(VigieConfig config) {
        return new ScheduleSettings(config.report().schedule(), config.report().timeZone(),
                config.report().scheduleEnabled());
    }

    public static LiveSettings liveSettings(VigieConfig config) {
        VigieConfig.Live live = config.live();
        return new LiveSettings(live.bindAddress(), live.port(), live.defaultDays(), live.enabled());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
