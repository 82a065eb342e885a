package org.duban.assignment;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;
import org.duban.common.InvalidInput;
import org.duban.plan.Task;
import org.duban.unit.ResponsibilityUnit;

/** A task given to a responsibility unit (任务分工). */
@Entity
@Table(name = "assignment")
// what AssignmentService.view reads, loaded with the assignments in one query instead of one per row
@NamedEntityGraph(name = Assignment.VIEW_GRAPH, attributeNodes = { @NamedAttributeNode(value = "task", subgraph = "task"),
        @NamedAttributeNode("unit") }, subgraphs = @NamedSubgraph(name = "task", attributeNodes = { @NamedAttributeNode("plan"),
                @NamedAttributeNode("section") }))
public class Assignment extends AuditedEntity {
    public static final String VIEW_GRAPH = "Assignment.view";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    public ResponsibilityUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public AssignmentRole role;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AssignmentStatus status = AssignmentStatus.NOT_STARTED;

    @Column(nullable = false)
    public int progress;

    public String note;

    /** The traffic light as last evaluated by the status rules; see StatusService. */
    @Column(nullable = false, length = 8)
    public String colour = "GREEN";

    @Column(name = "colour_reason", nullable = false, length = 20)
    public String colourReason = "NONE";

    @Column(name = "colour_evaluated_at")
    public java.time.OffsetDateTime colourEvaluatedAt;

    /** When the assignment became COMPLETED (null while it is not), for "completed on time". */
    @Column(name = "completed_at")
    public java.time.OffsetDateTime completedAt;

    /**
     * Sets status and progress together, keeping them consistent: completion means 100 %, 100 % means
     * completion, and a started assignment has a status other than NOT_STARTED.
     */
    public void track(AssignmentStatus newStatus, int newProgress) {
        if (newStatus == AssignmentStatus.COMPLETED && newProgress != 100) {
            throw new InvalidInput("progress", "must be 100 when the status is COMPLETED");
        }
        if (newStatus != AssignmentStatus.COMPLETED && newProgress == 100) {
            throw new InvalidInput("status", "must be COMPLETED when progress is 100");
        }
        if (newStatus == AssignmentStatus.NOT_STARTED && newProgress > 0) {
            throw new InvalidInput("status", "cannot be NOT_STARTED when progress is above 0");
        }
        if (newStatus == AssignmentStatus.COMPLETED && status != AssignmentStatus.COMPLETED) {
            completedAt = java.time.OffsetDateTime.now();
        } else if (newStatus != AssignmentStatus.COMPLETED) {
            completedAt = null;
        }
        status = newStatus;
        progress = newProgress;
    }
}
