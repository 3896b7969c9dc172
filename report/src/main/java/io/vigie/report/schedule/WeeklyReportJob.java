package io.vigie.report.schedule;

import io.vigie.report.RenderedReport;
import io.vigie.report.ReportService;
import io.vigie.report.mail.ReportMailer;
import io.vigie.report.period.ReportPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** What the schedule does each week: render, keep a copy under {@code outDir/<week>/}, and mail it if a mailer is set. */
public final class WeeklyReportJob implements Consumer<ReportPeriod> {
    private final ReportService reports;
    private final String language;
    private final Path outDir;
    private final ReportMailer mailer;

    /** @param mailer null to only write the files */
    public WeeklyReportJob(ReportService reports, String language, Path outDir, ReportMailer mailer) {
        this.reports = reports;
        this.language = language;
        this.outDir = outDir;
        this.mailer = mailer;
    }

    @Override
    public void accept(ReportPeriod period) {
        RenderedReport report = reports.render(period, language);
        try {
            report.writeTo(outDir.resolve(period.label()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report for " + period.label() + " under " + outDir, e);
        }
        if (mailer != null) {
            try {
                mailer.send(report);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("cannot send the report for " + period.label() + ": " + e.getMessage(), e);
            }
        }
    }
}
