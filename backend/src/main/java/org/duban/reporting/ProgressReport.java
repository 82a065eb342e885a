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
import org.duban.common.Conflict;
import org.duban.common.InvalidInput;

/** One assignment's progress report for one period (进展报告), and the transitions it allows. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    public Assignment assignment;

    @Column(nullable = false, length = 7, updatable = false)
    public String period;

    @Column(name = "period_start", nullable = false, updatable = false)
    public LocalDate periodStart;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int progress;

    @Column(name = "progress_reason", length = 1000)
    public String progressReason;

    @Column(nullable = false)
    public boolean completed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ReportState state = ReportState.DRAFT;

    @Column(name = "reviewer_comment", length = 2000)
    public String reviewerComment;

    @Column(name = "reviewed_by", length = 120)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** The first submission; resubmitting after a return moves submittedAt but not this. */
    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "times_returned", nullable = false)
    public int timesReturned;

    @Column(nullable = false, length = 120)
    public String author;

    /** Whether the unit may still change the text, figures and evidence. */
    public boolean isEditable() {
        return state == ReportState.DRAFT || state == ReportState.RETURNED;
    }

    public void requireEditable() {
        if (!isEditable()) {
            throw new Conflict("a " + state + " report cannot be changed" + (state == ReportState.APPROVED
                    ? "; file a new report to correct it" : "; wait for the review"));
        }
    }

    public void submit(OffsetDateTime now) {
        if (!isEditable()) {
            throw new Conflict("only a DRAFT or RETURNED report can be submitted; this one is " + state);
        }
        state = ReportState.SUBMITTED;
        submittedAt = now;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
    }

    public void approve(String reviewer, String comment, OffsetDateTime now) {
        requireSubmitted("approved");
        state = ReportState.APPROVED;
        reviewedBy = reviewer;
        reviewerComment = comment;
        reviewedAt = now;
    }

    public void returnForRevision(String reviewer, String comment, OffsetDateTime now) {
        requireSubmitted("returned");
        if (comment == null || comment.isBlank()) {
            throw new InvalidInput("comment", "is required when returning a report");
        }
        state = ReportState.RETURNED;
        timesReturned++;
        reviewedBy = reviewer;
        reviewerComment = comment.trim();
        reviewedAt = now;
    }

    private void requireSubmitted(String verb) {
        if (state != ReportState.SUBMITTED) {
            throw new Conflict("only a SUBMITTED report can be " + verb + "; this one is " + state);
        }
    }
}
