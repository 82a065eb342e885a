package org.duban.importing.bulk;

import jakarta.inject.Inject;
import org.duban.events.DomainEvents;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.duban.audit.AuditLog;
import org.duban.plan.Plan;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Runs import jobs in the background, one after another per instance. First every row is checked
 * and every error collected; only if there was none is anything written, inside one transaction —
 * committed, or rolled back for a dry run, so a dry run reports exactly what a commit would create,
 * update and leave unchanged. An importer that stages takes the checked items as the file is read
 * and writes them in that same transaction, which any row error rolls back; for the others the
 * file is read a second time in a new transaction and written in batches.
 * Progress is written every PROGRESS_EVERY rows (at most every PROGRESS_NANOS) in its own
 * transaction, where a cancel request is also noticed, and once more before the write commits.
 */
@ApplicationScoped
public class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    static final int BATCH = 500;
    static final int PROGRESS_EVERY = 2000;
    static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    static final int ERRORS_KEPT = 1000;

    private final EntityManager em;
    private final AuditLog audit;
    @Inject
    DomainEvents events;
    private final ObjectMapper json;
    private final String instance;
    private final ExecutorService workers;

    ImportRunner(EntityManager em, AuditLog audit, ObjectMapper json,
            @ConfigProperty(name = "duban.import.workers", defaultValue = "1") int workers) {
        this.em = em;
        this.audit = audit;
        this.json = json;
        this.instance = instanceName();
        this.workers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "duban-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** host/pid/start: tells this process from another instance on the same host and from its own earlier run. */
    static String instanceName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return host + "/" + ProcessHandle.current().pid() + "/"
                + Long.toString(ManagementFactory.getRuntimeMXBean().getStartTime(), 36);
    }

    /**
     * Whether the process that took a job is gone: another instance on this host is still running it
     * (two instances may share a host, on different ports), an earlier run of this one is not, even
     * under the same pid (a restarted container).
     */
    static boolean processGone(String jobInstance, String current) {
        String[] job = jobInstance.split("/");
        String[] self = current.split("/");
        if (job.length < 2 || job[1].equals(self[1])) {
            return true;
        }
        try {
            return ProcessHandle.of(Long.parseLong(job[1])).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    public String instance() {
        return instance;
    }

    /**
     * Jobs a stopped process of this host left unfinished cannot resume: their file is gone with the process.
     * Jobs of another instance still running on this host are its own.
     */
    void onStart(@Observes StartupEvent event) {
        String host = instance.substring(0, instance.indexOf('/') + 1);
        int interrupted = QuarkusTransaction.requiringNew().call(() -> {
            List<ImportJob> unfinished = em.createQuery("from ImportJob where state in ?1 and instance like ?2 and instance <> ?3",
                    ImportJob.class)
                    .setParameter(1, List.of(ImportJob.State.QUEUED, ImportJob.State.VALIDATING, ImportJob.State.APPLYING))
                    .setParameter(2, host + "%").setParameter(3, instance).getResultList();
            int count = 0;
            for (ImportJob job : unfinished) {
                if (processGone(job.instance, instance)) {
                    job.state = ImportJob.State.FAILED;
                    job.message = "interrupted: the server restarted; submit the file again";
                    job.finishedAt = OffsetDateTime.now();
                    count++;
                }
            }
            return count;
        });
        if (interrupted > 0) {
            LOG.warnf("%d import jobs were interrupted by a restart", interrupted);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public void start(long jobId, Path file, AuditLog.Origin origin) {
        workers.submit(() -> {
            try {
                run(jobId, file, origin);
            } catch (RuntimeException e) {
                LOG.errorf(e, "import job %d failed", jobId);
                finish(jobId, ImportJob.State.FAILED, "the import failed unexpectedly; nothing was written", null, null);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("cannot delete %s: %s", file, e.getMessage());
                }
            }
        });
    }

    /** Stops a pass: the job was cancelled, or the file cannot be read. */
    private static final class Stop extends RuntimeException {
        final ImportJob.State state;

        Stop(ImportJob.State state, String message) {
            super(message, null, false, false);
            this.state = state;
        }
    }

    private record Job(long id, ImportKind kind, ImportJob.Format format, String charset, Long planId, boolean dryRun,
            String createdBy, Long actorUnitId) {
    }

    void run(long jobId, Path file, AuditLog.Origin origin) {
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob row = em.find(ImportJob.class, jobId);
            if (row.state != ImportJob.State.QUEUED) {
                return null;
            }
            row.state = ImportJob.State.VALIDATING;
            row.startedAt = OffsetDateTime.now();
            return new Job(row.id, row.kind, row.format, row.charset, row.planId, row.dryRun, row.createdBy, row.actorUnitId);
        });
        if (job == null) {
            return;
        }
        RowSource source = switch (job.format()) {
            case CSV -> new CsvSource(job.charset() == null ? null : java.nio.charset.Charset.forName(job.charset()));
            case XLSX -> new XlsxSource();
            case JSON -> new JsonSource();
        };
        RowImporter.Counts[] totals = { new RowImporter.Counts(0, 0, 0) };
        int[] counted = new int[2];
        List<ImportError> errors = new ArrayList<>();
        try {
            // pass 1: check every row; an importer that stages also writes, all at once when no row failed
            boolean[] written = { false };
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                RowImporter<?> importer = importer(job.kind());
                importer.prepare(context(job));
                written[0] = checkAndStage(job, file, source, importer, errors, counted, totals);
                if (written[0]) {
                    complete(job, origin, counted, totals);
                }
            });
            if (counted[1] > 0) {
                finish(jobId, ImportJob.State.FAILED, counted[1] + " row error(s); nothing was written", errors, counted);
                return;
            }
            if (!written[0]) {
                // pass 2: read the file again and write everything in one transaction
                progress(jobId, ImportJob.State.APPLYING, 0, counted[0]);
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                    RowImporter<?> importer = importer(job.kind());
                    importer.prepare(context(job));
                    write(job, file, source, importer, totals);
                    complete(job, origin, counted, totals);
                });
            }
            finish(jobId, ImportJob.State.SUCCEEDED, null, List.of(), new int[] { counted[0], 0 }, totals[0]);
        } catch (RuntimeException e) {
            Stop stop = stopIn(e);
            if (stop == null) {
                throw e;
            }
            // a dry run ends by rolling its writes back: it succeeded with the counts it would have written
            boolean dryRunDone = stop.state == ImportJob.State.SUCCEEDED;
            boolean rowErrors = stop == ROW_ERRORS;
            finish(jobId, stop.state, rowErrors ? counted[1] + " row error(s); nothing was written" : stop.getMessage(),
                    dryRunDone ? List.of() : rowErrors ? errors : null,
                    dryRunDone ? new int[] { counted[0], 0 } : rowErrors ? counted : null, dryRunDone ? totals[0] : null);
        }
    }

    /** Rolls back a staging pass that found row errors; the errors are reported as they are without staging. */
    private static final Stop ROW_ERRORS = new Stop(ImportJob.State.FAILED, "row errors");

    /**
     * Pass 1. Checks every row; with an importer that stages, also hands it each checked item and,
     * when no row failed, has it finish writing. Returns whether it wrote.
     */
    private <T> boolean checkAndStage(Job job, Path file, RowSource source, RowImporter<T> importer, List<ImportError> errors,
            int[] counted, RowImporter.Counts[] totals) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (RowImporter.Staging<T> staging = importer.staging(connection)) {
                counted[0] = pass(job, file, source, importer, errors, counted, staging == null ? null : item -> {
                    if (counted[1] > 0) {
                        return; // it will all roll back: only check the remaining rows
                    }
                    try {
                        staging.add(item);
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot stage an import row", e);
                    }
                });
                if (staging == null) {
                    return false;
                }
                if (counted[1] > 0) {
                    throw ROW_ERRORS;
                }
                progress(job.id(), ImportJob.State.APPLYING, 0, counted[0]);
                totals[0] = staging.apply();
                return true;
            }
        });
    }

    /** Pass 2 without staging: the rows again, written in batches. */
    private <T> void write(Job job, Path file, RowSource source, RowImporter<T> importer, RowImporter.Counts[] totals) {
        List<ImportError> late = new ArrayList<>();
        int[] lateCount = new int[2];
        List<T> batch = new ArrayList<>();
        pass(job, file, source, importer, late, lateCount, item -> {
            batch.add(item);
            if (batch.size() >= BATCH) {
                flush(importer, batch, totals);
            }
        });
        if (lateCount[1] > 0) {
            throw new Stop(ImportJob.State.FAILED, "the data changed while importing (" + late.get(0).message()
                    + " in row " + late.get(0).row() + "); nothing was written");
        }
        if (!batch.isEmpty()) {
            flush(importer, batch, totals);
        }
    }

    /** The end of the writing transaction: a last look for a cancel, then the dry run's rollback or the audit record. */
    private void complete(Job job, AuditLog.Origin origin, int[] counted, RowImporter.Counts[] totals) {
        if (progressOrCancelled(job.id(), counted[0])) {
            throw new Stop(ImportJob.State.CANCELLED, "cancelled; nothing was written");
        }
        if (job.dryRun()) {
            throw new Stop(ImportJob.State.SUCCEEDED, "dry run: nothing was written");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", job.kind().slug());
        summary.put("rows", counted[0]);
        summary.put("created", totals[0].created());
        summary.put("updated", totals[0].updated());
        summary.put("unchanged", totals[0].unchanged());
        audit.record(origin, "IMPORT", "import-job", job.id(), null, summary);
        events.publish(DomainEvents.IMPORT_COMPLETED, "import-job", job.id(), job.actorUnitId(), job.planId(), summary);
    }

    /** The Stop a pass threw, as thrown or wrapped by the transaction. */
    private static Stop stopIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Stop stop) {
                return stop;
            }
        }
        return null;
    }

    private ImportContext context(Job job) {
        Plan plan = job.planId() == null ? null : em.find(Plan.class, job.planId());
        return new ImportContext(em, plan, job.createdBy(), job.actorUnitId(), java.time.LocalDate.now());
    }

    static RowImporter<?> importer(ImportKind kind) {
        return switch (kind) {
            case UNITS -> new UnitImporter();
            case ASSIGNMENTS -> new AssignmentImporter();
            case METRIC_VALUES -> new MetricValueImporter();
            case PROGRESS_REPORTS -> new ProgressReportImporter();
        };
    }

    /**
     * Reads the file once, checking every row; {@code accepted} (if any) takes each checked item.
     * {@code counts[1]} receives the number of errors; returns the rows read.
     */
    private <T> int pass(Job job, Path file, RowSource source, RowImporter<T> importer, List<ImportError> errors, int[] counts,
            Consumer<T> accepted) {
        Map<String, String> columnOf = new HashMap<>();
        Map<String, String> headerOf = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] rows = { 0 };
        long[] progressAt = { System.nanoTime() };
        List<ImportError> rowErrors = new ArrayList<>();
        try {
            source.read(file, new RowSource.Handler() {
                @Override
                public void headers(List<String> headers) {
                    for (String header : headers) {
                        String normalised = ImportColumn.normalise(header);
                        for (ImportColumn column : job.kind().columns()) {
                            if (column.headers().contains(normalised)) {
                                columnOf.put(header, column.key());
                                headerOf.put(column.key(), header);
                            }
                        }
                    }
                    List<String> missing = job.kind().columns().stream().filter(ImportColumn::required)
                            .filter(c -> !headerOf.containsKey(c.key())).map(c -> c.key() + " (" + c.chinese() + ")").toList();
                    if (!missing.isEmpty() && job.format() != ImportJob.Format.JSON) {
                        throw new Stop(ImportJob.State.FAILED, "missing column(s): " + String.join(", ", missing)
                                + "; download the template for the expected headers");
                    }
                }

                @Override
                public void row(int number, Map<String, String> cells) {
                    rows[0]++;
                    Map<String, String> values = new HashMap<>();
                    Map<String, String> headers = headerOf; // copied only when this row names a column the headers did not
                    for (Map.Entry<String, String> cell : cells.entrySet()) {
                        String header = cell.getKey();
                        String key = columnOf.computeIfAbsent(header, h -> job.kind().columns().stream()
                                .filter(c -> c.headers().contains(ImportColumn.normalise(h))).map(ImportColumn::key)
                                .findFirst().orElse(null));
                        if (key != null) {
                            values.put(key, cell.getValue());
                            if (!headers.containsKey(key)) {
                                headers = headers == headerOf ? new HashMap<>(headerOf) : headers;
                                headers.put(key, header);
                            }
                        }
                    }
                    rowErrors.clear();
                    ImportRow row = new ImportRow(number, values, headers, rowErrors);
                    T item = importer.check(row);
                    if (item != null) {
                        Integer first = seen.putIfAbsent(importer.key(item), number);
                        if (first != null) {
                            row.error(job.kind().columns().get(0).key(), "repeats row " + first + " (the same "
                                    + job.kind().slug() + " twice)");
                            item = null;
                        }
                    }
                    counts[1] += rowErrors.size();
                    for (ImportError error : rowErrors) {
                        if (errors.size() < ERRORS_KEPT) {
                            errors.add(error);
                        }
                    }
                    if (accepted != null && item != null) {
                        accepted.accept(item);
                    }
                    if (rows[0] % PROGRESS_EVERY == 0 && System.nanoTime() - progressAt[0] >= PROGRESS_NANOS) {
                        progressAt[0] = System.nanoTime();
                        if (progressOrCancelled(job.id(), rows[0])) {
                            throw new Stop(ImportJob.State.CANCELLED, "cancelled; nothing was written");
                        }
                    }
                }
            });
        } catch (RowSource.Unreadable e) {
            throw new Stop(ImportJob.State.FAILED, e.getMessage());
        } catch (IOException e) {
            throw new Stop(ImportJob.State.FAILED, "the file cannot be read: " + e.getMessage());
        }
        return rows[0];
    }

    private <T> void flush(RowImporter<T> importer, List<T> batch, RowImporter.Counts[] totals) {
        RowImporter.Counts counts = em.unwrap(Session.class).doReturningWork(connection -> importer.apply(batch, connection));
        totals[0] = totals[0].plus(counts);
        batch.clear();
    }

    /** Records progress in its own transaction and says whether someone asked to cancel. */
    private boolean progressOrCancelled(long jobId, int rowsDone) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = em.find(ImportJob.class, jobId);
            job.rowsDone = rowsDone;
            return job.cancelRequested;
        });
    }

    private void progress(long jobId, ImportJob.State state, int rowsDone, int rowsTotal) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = em.find(ImportJob.class, jobId);
            job.state = state;
            job.rowsDone = rowsDone;
            job.rowsTotal = rowsTotal;
        });
    }

    private void finish(long jobId, ImportJob.State state, String message, List<ImportError> errors, int[] counted) {
        finish(jobId, state, message, errors, counted, null);
    }

    private void finish(long jobId, ImportJob.State state, String message, List<ImportError> errors, int[] counted,
            RowImporter.Counts totals) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = em.find(ImportJob.class, jobId);
            job.state = state;
            job.message = message;
            job.finishedAt = OffsetDateTime.now();
            if (counted != null) {
                job.rowsTotal = counted[0];
                job.rowsDone = counted[0];
                job.errorCount = counted[1];
            }
            if (errors != null) {
                try {
                    job.errors = json.writeValueAsString(errors);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (totals != null) {
                job.createdCount = totals.created();
                job.updatedCount = totals.updated();
                job.unchangedCount = totals.unchanged();
            }
        });
    }
}
