package org.duban.importing.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import org.duban.account.CurrentActor;
import org.duban.account.Roles;
import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.Forbidden;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Unprocessable;
import org.duban.importing.bulk.ImportDtos.ImportJobView;
import org.duban.plan.PlanService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Accepts import files, checks who may import what, and keeps the jobs; ImportRunner does the work. */
@ApplicationScoped
public class ImportService {
    private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
    };

    private final CurrentActor actor;
    private final PlanService plans;
    private final ImportRunner runner;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Path directory;
    private final long maxBytes;

    ImportService(CurrentActor actor, PlanService plans, ImportRunner runner, AuditLog audit, ObjectMapper json,
            @ConfigProperty(name = "duban.import.dir") java.util.Optional<String> directory,
            @ConfigProperty(name = "duban.import.max-bytes", defaultValue = "26214400") long maxBytes) {
        this.actor = actor;
        this.plans = plans;
        this.runner = runner;
        this.audit = audit;
        this.json = json;
        this.directory = Path.of(directory.orElse(System.getProperty("java.io.tmpdir") + "/duban-imports"));
        this.maxBytes = maxBytes;
    }

    public static ImportKind kind(String slug) {
        return ImportKind.ofSlug(slug).orElseThrow(() -> new InvalidInput("kind",
                "must be one of responsibility-units, assignments, metric-values, progress-reports"));
    }

    /** Who may import what; row by row, confined importers are further held to their own unit. */
    private void requireMayImport(ImportKind kind) {
        boolean supervisor = actor.kind() == CurrentActor.Kind.USER && actor.hasRole(Roles.SUPERVISOR);
        boolean admin = actor.kind() == CurrentActor.Kind.USER && actor.hasRole(Roles.ADMIN);
        boolean reporter = actor.kind() == CurrentActor.Kind.USER && actor.hasRole(Roles.REPORTER);
        boolean token = actor.kind() == CurrentActor.Kind.TOKEN && actor.hasRole(Roles.SCOPE_IMPORT);
        boolean allowed = switch (kind) {
            case UNITS -> admin || supervisor || (token && actor.unitId() == null);
            case ASSIGNMENTS -> supervisor || (token && actor.unitId() == null);
            case METRIC_VALUES -> supervisor || reporter || token;
            case PROGRESS_REPORTS -> reporter || token;
        };
        if (!allowed) {
            throw new Forbidden("you may not import " + kind.slug());
        }
    }

    /** A submission as it arrived; the body is a temporary file that this call takes over. */
    public record Submission(String kind, Long planId, boolean dryRun, String contentType, String charset, String fileName,
            Path body, String idempotencyKey) {
    }

    public record Submitted(ImportJobView view, boolean replayed, Path file, AuditLog.Origin origin) {
    }

    @Transactional
    public Submitted submit(Submission submission) {
        ImportKind kind = kind(submission.kind());
        requireMayImport(kind);
        if (kind.needsPlan()) {
            if (submission.planId() == null) {
                throw new InvalidInput("planId", "is required for " + kind.slug());
            }
            plans.findOptional(submission.planId())
                    .orElseThrow(() -> new InvalidInput("planId", "plan " + submission.planId() + " does not exist"));
        }
        ImportJob.Format format = format(submission.contentType());
        Charset charset = charset(submission.charset(), submission.contentType(), format);
        long size = size(submission.body());
        if (size == 0) {
            throw new InvalidInput("body", "the file is empty");
        }
        if (size > maxBytes) {
            throw new InvalidInput("body", "the file is larger than " + maxBytes + " bytes (duban.import.max-bytes)");
        }
        requireContentMatches(format, submission.body());
        if (format == ImportJob.Format.CSV && charset == null) {
            try {
                charset = CsvSource.detect(submission.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String sha256 = sha256(submission.body());
        String key = submission.idempotencyKey() == null || submission.idempotencyKey().isBlank() ? null
                : submission.idempotencyKey().strip();
        if (key != null) {
            if (key.length() > 200) {
                throw new InvalidInput("Idempotency-Key", "must be at most 200 characters");
            }
            ImportJob earlier = ImportJob.<ImportJob>find("createdBy = ?1 and idempotencyKey = ?2", actor.name(), key)
                    .firstResult();
            if (earlier != null) {
                boolean same = earlier.kind == kind && earlier.fileSha256.equals(sha256) && earlier.dryRun == submission.dryRun()
                        && java.util.Objects.equals(earlier.planId, submission.planId());
                if (!same) {
                    throw new Unprocessable("this Idempotency-Key was used for another import (job " + earlier.id + ")");
                }
                delete(submission.body());
                return new Submitted(view(earlier), true, null, null);
            }
        }
        ImportJob job = new ImportJob();
        job.kind = kind;
        job.format = format;
        job.charset = charset == null ? null : charset.name();
        job.planId = kind.needsPlan() ? submission.planId() : null;
        job.dryRun = submission.dryRun();
        job.fileName = displayName(submission.fileName());
        job.fileSha256 = sha256;
        job.sizeBytes = size;
        job.idempotencyKey = key;
        job.createdBy = actor.name();
        job.actorUnitId = actor.confinedToUnit();
        job.instance = runner.instance();
        job.persist();
        job.flush();
        Path stored = store(submission.body(), job.id);
        ImportJobView view = view(job);
        audit.created("import-job", job.id, view);
        return new Submitted(view, false, stored, audit.currentOrigin());
    }

    /** The last part of a name like C:\x\y.csv, kept only for display: never parsed as a path (a NUL in it would throw). */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceFirst("^.*[\\\\/]", "").replaceAll("\\p{Cntrl}", "_").strip();
        return name.isEmpty() ? null : name;
    }

    /** Starts the job once the transaction that created it has committed. */
    public void start(Submitted submitted) {
        if (!submitted.replayed()) {
            runner.start(submitted.view().id(), submitted.file(), submitted.origin());
        }
    }

    private static ImportJob.Format format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return ImportJob.Format.CSV;
        }
        if (type.startsWith("application/json")) {
            return ImportJob.Format.JSON;
        }
        if (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
            return ImportJob.Format.XLSX;
        }
        throw new InvalidInput("Content-Type", "must be text/csv, application/json or the XLSX type");
    }

    /**
     * For CSV: the charset asked for in the query, or named UTF-8 / GB18030 in the Content-Type; null
     * to detect. Other Content-Type charsets are ignored: HTTP clients add ISO-8859-1 by default.
     */
    private static Charset charset(String requested, String contentType, ImportJob.Format format) {
        if (format != ImportJob.Format.CSV) {
            return null;
        }
        if (requested != null) {
            return named(requested).orElseThrow(() -> new InvalidInput("charset", "must be UTF-8 or GB18030"));
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int at = type.indexOf("charset=");
        return at < 0 ? null : named(type.substring(at + 8).replace("\"", "").strip()).orElse(null);
    }

    private static java.util.Optional<Charset> named(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8" -> java.util.Optional.of(java.nio.charset.StandardCharsets.UTF_8);
            case "GB18030", "GBK", "GB2312" -> java.util.Optional.of(CsvSource.GB18030);
            default -> java.util.Optional.empty();
        };
    }

    /** An XLSX is a zip; JSON starts with [ or {: a file claiming another type is refused before it is stored. */
    private static void requireContentMatches(ImportJob.Format format, Path body) {
        byte[] head;
        try (InputStream in = Files.newInputStream(body)) {
            head = in.readNBytes(64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (format == ImportJob.Format.XLSX && !(head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
            throw new InvalidInput("body", "is not an XLSX workbook");
        }
        if (format == ImportJob.Format.JSON) {
            String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            if (!start.startsWith("[") && !start.startsWith("{")) {
                throw new InvalidInput("body", "is not a JSON array");
            }
        }
    }

    private static long size(Path body) {
        try {
            return Files.size(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path body) {
        try (InputStream in = Files.newInputStream(body)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The upload moves to the import directory under the job's id; its own name is never used as a path. */
    private Path store(Path body, long jobId) {
        try {
            Files.createDirectories(directory);
            return Files.move(body, directory.resolve("import-" + jobId + ".bin"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path body) {
        try {
            Files.deleteIfExists(body);
        } catch (IOException e) {
            // a temporary upload; the server's temp cleanup takes it
        }
    }

    /** The job, to its creator and to supervisors and administrators; to anyone else it does not exist. */
    private ImportJob visible(long id) {
        ImportJob job = ImportJob.<ImportJob>findByIdOptional(id).orElseThrow(() -> new NotFound("import", id));
        boolean overseer = actor.kind() == CurrentActor.Kind.USER && (actor.hasRole(Roles.SUPERVISOR) || actor.hasRole(Roles.ADMIN));
        if (!overseer && !job.createdBy.equals(actor.name())) {
            throw new NotFound("import", id);
        }
        return job;
    }

    @Transactional
    public ImportJobView get(long id) {
        return view(visible(id));
    }

    @Transactional
    public PageView<ImportJobView> list(PageQuery page) {
        boolean overseer = actor.kind() == CurrentActor.Kind.USER && (actor.hasRole(Roles.SUPERVISOR) || actor.hasRole(Roles.ADMIN));
        var query = overseer ? ImportJob.<ImportJob>findAll(Sort.by("createdAt").descending().and("id").descending())
                : ImportJob.<ImportJob>find("createdBy", Sort.by("createdAt").descending().and("id").descending(), actor.name());
        return PageView.of(query, page, this::view);
    }

    @Transactional
    public ImportJobView cancel(long id) {
        ImportJob job = visible(id);
        if (job.state.finished()) {
            throw new Conflict("the import has already ended (" + job.state + ")");
        }
        if (job.state == ImportJob.State.QUEUED) {
            job.state = ImportJob.State.CANCELLED;
            job.message = "cancelled before it started; nothing was written";
            job.finishedAt = java.time.OffsetDateTime.now();
        }
        job.cancelRequested = true;
        job.flush();
        return view(job);
    }

    ImportJobView view(ImportJob job) {
        List<ImportError> errors;
        try {
            errors = job.errors == null ? List.of() : json.readValue(job.errors, ERRORS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportJobView(job.id, job.kind.slug(), job.format.name(), job.charset, job.planId, job.dryRun, job.state.name(),
                job.fileName, job.fileSha256, job.sizeBytes, job.rowsTotal, job.rowsDone, job.createdCount, job.updatedCount,
                job.unchangedCount, job.errorCount, errors, job.message, job.createdBy, job.createdAt, job.startedAt,
                job.finishedAt, job.version);
    }
}
