package org.duban.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;
import org.duban.metric.Granularity;

/** One plan document (工作要点 / 实施方案). */
@Entity
@Table(name = "plan")
public class Plan extends AuditedEntity {
    @Column(nullable = false, length = 64)
    public String code;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false)
    public int year;

    public String issuer;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** The multi-year implementation plan this annual plan carries out, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Plan parent;

    @Column(name = "source_text")
    public String sourceText;

    /** How often each assignment reports: MONTH or QUARTER. */
    @Enumerated(EnumType.STRING)
    @Column(name = "report_cadence", nullable = false, length = 8)
    public Granularity reportCadence = Granularity.QUARTER;

    /** A period's report is due this many days after the period ends. */
    @Column(name = "report_deadline_days", nullable = false)
    public int reportDeadlineDays = 5;

    /** Days before a due date in which a lagging assignment turns yellow. */
    @Column(name = "warning_days", nullable = false)
    public int warningDays = 15;

    /** When set, the plan shows on the public progress page (政务公开). */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
