package org.duban.importing.bulk;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;

/** A bulk import: its file, how far it got, and what came of it. */
@Entity
@Table(name = "import_job")
public class ImportJob extends AuditedEntity {
    public enum State {
        QUEUED, VALIDATING, APPLYING, SUCCEEDED, FAILED, CANCELLED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    public enum Format { CSV, XLSX, JSON }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Format format;

    @Column(length = 16)
    public String charset;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public State state = State.QUEUED;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    public String fileSha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "rows_total")
    public Integer rowsTotal;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "created_count", nullable = false)
    public int createdCount;

    @Column(name = "updated_count", nullable = false)
    public int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    public int unchangedCount;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    /** The first errors as a JSON array of ImportError. */
    public String errors;

    @Column(length = 1000)
    public String message;

    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    @Column(name = "idempotency_key", length = 200)
    public String idempotencyKey;

    @Column(name = "created_by", nullable = false, length = 120)
    public String createdBy;

    @Column(name = "actor_unit_id")
    public Long actorUnitId;

    @Column(nullable = false, length = 100)
    public String instance;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
