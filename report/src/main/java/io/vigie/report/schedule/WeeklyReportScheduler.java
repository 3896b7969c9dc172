package io.vigie.report.schedule;

import io.vigie.report.period.ReportPeriod;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the weekly report on a cron schedule: each firing reports on the ISO week before the firing
 * time (Monday 08:00 reports on last week). A failed run is logged and counted; the next one is
 * still scheduled. Next fire times are recomputed from the wall clock each time, so a DST change
 * or a suspended laptop does not drift the schedule.
 */
public final class WeeklyReportScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyReportScheduler.class);

    private final ScheduleSettings settings;
    private final CronExpression cron;
    private final Clock clock;
    private final Consumer<ReportPeriod> job;
    private final ScheduledExecutorService executor;
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile ScheduledFuture<?> pending;
    private volatile ZonedDateTime nextRun;
    private volatile boolean closed;

    public WeeklyReportScheduler(ScheduleSettings settings, Clock clock, Consumer<ReportPeriod> job) {
        this.settings = settings;
        this.cron = settings.expression();
        this.clock = clock;
        this.job = job;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigie-report-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    public synchronized void start() {
        scheduleNext();
    }

    /** When the next report runs; null before {@link #start()} or after {@link #close()}. */
    public ZonedDateTime nextRun() {
        return closed ? null : nextRun;
    }

    /** The period a firing at {@code fireTime} reports on. */
    public ReportPeriod periodFor(ZonedDateTime fireTime) {
        return ReportPeriod.previousIsoWeek(fireTime.withZoneSameInstant(settings.zone()).toLocalDate(), settings.zone());
    }

    public Map<String, Long> counters() {
        return Map.of("report.runs", runs.get(), "report.failures", failures.get());
    }

    private synchronized void scheduleNext() {
        if (closed) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.zone()));
        ZonedDateTime next = cron.next(now);
        nextRun = next;
        long delay = Math.max(0, Duration.between(now, next).toMillis());
        pending = executor.schedule(() -> fire(next), delay, TimeUnit.MILLISECONDS);
        LOG.info("weekly report scheduled for {} ({})", next, settings.cron());
    }

    private void fire(ZonedDateTime fireTime) {
        ReportPeriod period = periodFor(fireTime);
        try {
            runs.incrementAndGet();
            job.accept(period);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.error("weekly report for {} failed: {}", period.label(), e.getMessage(), e);
        } finally {
            scheduleNext();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pending != null) {
            pending.cancel(false);
        }
        executor.shutdownNow();
    }
}
