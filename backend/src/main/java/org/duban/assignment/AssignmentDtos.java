package org.duban.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AssignmentDtos {
    private AssignmentDtos() {
    }

    @Schema(description = "A task given to a responsibility unit")
    public record AssignmentView(
            long id,
            long taskId,
            @Schema(examples = "1") String taskNumber,
            @Schema(examples = "深入开展法治政府建设示范创建活动") String taskTitle,
            long planId,
            long sectionId,
            long unitId,
            @Schema(examples = "青海省司法厅") String unitName,
            AssignmentRole role,
            LocalDate dueDate,
            AssignmentStatus status,
            @Schema(examples = "40") int progress,
            @Schema(nullable = true) String note,
            @Schema(description = "Traffic light by the status rules", enumeration = { "GREEN", "YELLOW", "RED" }) String colour,
            @Schema(description = "Why: NONE, OVERDUE, REPORT_MISSING, BEHIND_SCHEDULE, REPORT_RETURNED, COMPLETED") String colourReason,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    @Schema(description = "Assign one task to one unit")
    public record CreateAssignment(
            @NotNull Long taskId,
            @NotNull Long unitId,
            @NotNull AssignmentRole role,
            @NotNull LocalDate dueDate,
            @Size(max = 1000) String note) {
    }

    @Schema(description = "Replace an assignment's role, due date, progress and note; its task and unit never change")
    public record UpdateAssignment(
            @NotNull AssignmentRole role,
            @NotNull LocalDate dueDate,
            @NotNull AssignmentStatus status,
            @NotNull @Min(0) @Max(100) Integer progress,
            @Size(max = 1000) String note) {
    }

    @Schema(description = "One unit of a bulk assignment")
    public record UnitRole(@NotNull Long unitId, @NotNull AssignmentRole role) {
    }

    @Schema(description = "Assign one task to several units at once; all or nothing")
    public record BulkAssign(
            @NotNull LocalDate dueDate,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull UnitRole> units,
            @Size(max = 1000) String note) {
    }
}
