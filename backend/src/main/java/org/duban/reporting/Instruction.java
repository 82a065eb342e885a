package org.duban.reporting;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.duban.assignment.Assignment;
import org.duban.plan.Task;

/** A leader's instruction (领导批示) on a task, or on one unit's assignment of it, and the answer. */
@Entity
@Table(name = "instruction")
public class Instruction extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id", updatable = false)
    public Assignment assignment;

    @Column(nullable = false, length = 2000, updatable = false)
    public String text;

    @Column(name = "issued_by", nullable = false, length = 120, updatable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public OffsetDateTime issuedAt = OffsetDateTime.now();

    @Column(length = 2000)
    public String response;

    @Column(name = "responded_by", length = 120)
    public String respondedBy;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    /** The report that answers the instruction, once the unit names it there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by_report_id")
    public ProgressReport answeredByReport;
}
