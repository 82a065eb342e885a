package org.duban.reporting;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.duban.common.DatabaseFaults;
import org.duban.reporting.ReportDtos.StatusRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-evaluates every assignment's traffic light once per interval. Several instances may share one
 * database: each tries to claim the interval's slot in job_run, and only the one that inserts it runs.
 */
@ApplicationScoped
public class StatusJob {
    static final String JOB = "assignment-status";
    private static final Logger LOG = Logger.getLogger(StatusJob.class);

    private final StatusService status;
    private final EntityManager em;
    private final Duration interval;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    StatusJob(StatusService status, EntityManager em,
            @ConfigProperty(name = "duban.status.interval", defaultValue = "PT10M") Duration interval) {
        this.status = status;
        this.em = em;
        this.interval = interval;
    }

    @Scheduled(every = "${duban.status.interval:PT10M}", delayed = "${duban.status.first-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyInterval() {
        DatabaseFaults.runJob("status job", () -> runSlot(Instant.now().getEpochSecond() / interval.toSeconds(), instance, status.today()));
    }

    /** Runs the job for a slot unless another instance already claimed it; returns whether this one ran it. */
    public boolean runSlot(long slot, String instanceName, LocalDate today) {
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "insert into job_run (job, slot, instance) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, JOB).setParameter(2, slot).setParameter(3, instanceName).executeUpdate() == 1);
        if (!claimed) {
            LOG.infof("status job slot %d taken by another instance, skipped on %s", slot, instanceName);
            return false;
        }
        StatusRun run = status.recompute(today);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update job_run set finished_at = now(), result = ?1 where job = ?2 and slot = ?3")
                .setParameter(1, run.evaluated() + " evaluated: " + run.red() + " red, " + run.yellow() + " yellow")
                .setParameter(2, JOB).setParameter(3, slot).executeUpdate());
        LOG.infof("status job ran slot %d on %s: %s", slot, instanceName, run);
        return true;
    }
}
