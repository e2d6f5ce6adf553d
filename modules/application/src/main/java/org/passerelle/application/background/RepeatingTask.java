package org.passerelle.application.background;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.passerelle.application.health.DatabaseOutage;

/**
 * A task the server runs again and again on its managed scheduler, never twice at once on one
 * node. A task that must run once across nodes takes a database lock inside {@link #run()}. A
 * failure is logged and the next run retries: background work is written to resume from what the
 * database says, so nothing is lost between runs. A lost database connection is not logged per run:
 * {@link DatabaseOutage} writes one line for the whole outage.
 */
public abstract class RepeatingTask {

    private static final Logger LOG = Logger.getLogger(RepeatingTask.class);

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    protected DatabaseOutage outage;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile ScheduledFuture<?> runs;

    /** One run; may throw, the next run retries. */
    protected abstract void run() throws Exception;

    /** Schedules the runs, once per application start. */
    protected void start(Duration first, Duration every) {
        if (started.compareAndSet(false, true)) {
            runs = scheduler.scheduleWithFixedDelay(
                    this::runOnce, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs now rather than at the next tick (skipped if a run is under way: it will see the work). */
    protected void runNow() {
        scheduler.execute(this::runOnce);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> scheduled = runs;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void runOnce() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!outage.absorbs(e, getClass().getSimpleName())) {
                LOG.errorf(e, "%s failed; the next run retries", getClass().getSimpleName());
            }
        } finally {
            running.set(false);
        }
    }
}
