package org.duban.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.duban.assignment.AssignmentRole;
import org.duban.metric.Comparator;
import org.duban.plan.PlanDtos.PlanInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan document as the supervisor corrected it in the preview, ready to become a plan. */
public final class PlanDocumentDtos {
    private PlanDocumentDtos() {
    }

    @Schema(description = "The corrected preview: the plan, its sections in order (numbered 1, 2, … as they come), tasks with measures, units and targets")
    public record CommitPlanDocument(
            @NotNull @Valid PlanInput plan,
            @NotEmpty @Size(max = 99) List<@NotNull @Valid CommitSection> sections,
            @Schema(description = "Create a metric (YEAR, met by each unit on its own) for every target") boolean createMetrics,
            @Schema(description = "Assign each task to the units named for it") boolean createAssignments) {
    }

    public record CommitSection(@NotBlank @Size(max = 300) String title,
            @NotNull @Size(max = 500) List<@NotNull @Valid CommitTask> tasks) {
    }

    public record CommitTask(
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[0-9]+$", message = "must be the work point's number, such as 3")
            @Schema(description = "A work point's number; its measures are numbered 3.1, 3.2 … in order") String number,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 20_000) String text,
            @Schema(nullable = true, description = "Default: the end of the plan's year") LocalDate deadline,
            @Size(max = 50) List<@NotNull @Valid CommitMeasure> children,
            @Size(max = 200) List<@NotNull @Valid CommitUnit> units,
            @Size(max = 20) List<@NotNull @Valid CommitTarget> targets) {
    }

    public record CommitMeasure(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20_000) String text,
            @Schema(nullable = true) LocalDate deadline) {
    }

    public record CommitUnit(@NotNull Long unitId, @NotNull AssignmentRole role) {
    }

    public record CommitTarget(@NotBlank @Size(max = 200) @Schema(examples = "行政机关负责人出庭应诉率") String name,
            @NotNull @Schema(type = SchemaType.STRING, enumeration = { ">=", ">", "<=", "<", "=" }) Comparator comparator,
            @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal value,
            @NotBlank @Size(max = 16) @Schema(examples = "%") String unit) {
    }

    public record CommitResult(long planId, String planCode, int sections, int tasks, int measures, int metrics, int assignments) {
    }
}
