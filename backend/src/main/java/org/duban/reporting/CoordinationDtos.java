package org.duban.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;



import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Extension requests, leaders' instructions and co-units' contributions on the wire. */
public final class CoordinationDtos {
    private CoordinationDtos() {
    }

    @Schema(description = "A request for a later due date")
    public record ExtensionView(long id, long assignmentId, long taskId, String taskNumber, String taskTitle, long unitId,
            String unitName, LocalDate currentDueDate, LocalDate requestedDueDate, String reason, int currentProgress,
            ExtensionRequest.State state, String requestedBy, OffsetDateTime requestedAt,
            @Schema(nullable = true) String decidedBy, @Schema(nullable = true) OffsetDateTime decidedAt,
            @Schema(nullable = true) String decisionComment, long version) {
    }

    @Schema(description = "Ask for a later due date, before the current one has passed")
    public record RequestExtension(@NotNull Long assignmentId, @NotNull LocalDate requestedDueDate,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(description = "A supervisor's decision; the comment is required to reject")
    public record Decision(@Size(max = 2000) String comment) {
    }

    @Schema(description = "A leader's instruction on a task or one assignment")
    public record InstructionView(long id, long taskId, String taskNumber, String taskTitle,
            @Schema(nullable = true) Long assignmentId, @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) String unitName, String text, String issuedBy, OffsetDateTime issuedAt,
            @Schema(nullable = true) String response, @Schema(nullable = true) String respondedBy,
            @Schema(nullable = true) OffsetDateTime respondedAt,
            @Schema(nullable = true, description = "The progress report that answers it") Long answeredByReportId) {
    }

    @Schema(description = "An instruction for every unit of a task, or for one assignment when assignmentId is given")
    public record IssueInstruction(@NotNull Long taskId, Long assignmentId, @NotBlank @Size(max = 2000) String text) {
    }

    @Schema(description = "A unit's answer to an instruction")
    public record InstructionResponse(@NotBlank @Size(max = 2000) String response) {
    }

    @Schema(description = "A co-unit's contribution for a period")
    public record ContributionView(long id, long assignmentId, long taskId, long fromUnitId, String fromUnitName,
            String period, String text, String author, OffsetDateTime updatedAt, long version) {
    }

    @Schema(description = "A co-unit's contribution to the lead unit's report; writing again for the same period replaces it")
    public record WriteContribution(@NotNull Long assignmentId, @NotBlank @Size(max = 7) String period,
            @NotBlank @Size(max = 20_000) String text) {
    }

}
