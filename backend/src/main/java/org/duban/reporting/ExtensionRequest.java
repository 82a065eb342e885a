package org.duban.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.assignment.Assignment;
import org.duban.common.AuditedEntity;

/** A unit's request for a later due date (延期申请), and the supervisor's decision. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends AuditedEntity {
    public enum State { PENDING, APPROVED, REJECTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    public Assignment assignment;

    @Column(name = "current_due_date", nullable = false, updatable = false)
    public LocalDate currentDueDate;

    @Column(name = "requested_due_date", nullable = false, updatable = false)
    public LocalDate requestedDueDate;

    @Column(nullable = false, length = 2000, updatable = false)
    public String reason;

    @Column(name = "current_progress", nullable = false, updatable = false)
    public int currentProgress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public State state = State.PENDING;

    @Column(name = "requested_by", nullable = false, length = 120, updatable = false)
    public String requestedBy;

    @Column(name = "decided_by", length = 120)
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_comment", length = 2000)
    public String decisionComment;
}
