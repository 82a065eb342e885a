package org.duban.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReportDtos {
    private ReportDtos() {
    }

    @Schema(description = "Evidence attached to a report")
    public record AttachmentView(long id, @Schema(examples = "2024年第一季度法治政府建设进展.pdf") String fileName,
            String contentType, long sizeBytes, @Schema(description = "SHA-256 of the content, hex") String sha256,
            String uploadedBy, OffsetDateTime createdAt) {
    }

    @Schema(description = "A progress report of one assignment for one period")
    public record ReportView(
            long id,
            long assignmentId,
            long taskId,
            String taskNumber,
            String taskTitle,
            long unitId,
            String unitName,
            @Schema(examples = "2024-Q1") String period,
            @Schema(description = "What was done, problems met, next steps") String text,
            int progress,
            @Schema(nullable = true) String progressReason,
            boolean completed,
            ReportState state,
            @Schema(nullable = true) String reviewerComment,
            @Schema(nullable = true) String reviewedBy,
            @Schema(nullable = true) OffsetDateTime reviewedAt,
            @Schema(nullable = true) OffsetDateTime submittedAt,
            String author,
            List<AttachmentView> attachments,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    @Schema(description = "Start a report (a DRAFT) for an assignment and period")
    public record CreateReport(
            @NotNull Long assignmentId,
            @NotBlank @Size(max = 7) @Schema(description = "A period of the plan's reporting cadence", examples = "2024-Q1") String period,
            @NotBlank @Size(max = 20_000) String text,
            @NotNull @Min(0) @Max(100) Integer progress,
            @Size(max = 1000) @Schema(description = "Required when progress is below the assignment's current progress") String progressReason,
            @Schema(description = "Marks the assignment complete once approved; needs progress 100") Boolean completed,
            @Schema(description = "Leaders' instructions this report answers; answered when it is submitted") List<@NotNull Long> answersInstructionIds) {
    }

    @Schema(description = "Revise a DRAFT or RETURNED report")
    public record UpdateReport(
            @NotBlank @Size(max = 20_000) String text,
            @NotNull @Min(0) @Max(100) Integer progress,
            @Size(max = 1000) String progressReason,
            Boolean completed,
            @Schema(description = "Leaders' instructions this report answers; replaces the previous choice") List<@NotNull Long> answersInstructionIds) {
    }

    @Schema(description = "A reviewer's decision; the comment is required to return a report")
    public record ReviewDecision(@Size(max = 2000) String comment) {
    }

    @Schema(description = "An urge notice (催办) and the unit's answer")
    public record UrgeView(long id, long assignmentId, long taskId, String taskNumber, String taskTitle, long unitId,
            String unitName, UrgeNotice.Level level, String message, String issuedBy, OffsetDateTime issuedAt,
            @Schema(nullable = true) OffsetDateTime acknowledgedAt, @Schema(nullable = true) String acknowledgedBy,
            @Schema(nullable = true) String response, @Schema(nullable = true) OffsetDateTime respondedAt, long version) {
    }

    @Schema(description = "Urge one or many assignments; the level is proposed from their status when omitted")
    public record IssueUrges(
            @NotEmpty @Size(max = 500) List<@NotNull Long> assignmentIds,
            UrgeNotice.Level level,
            @NotBlank @Size(max = 2000) @Schema(examples = "请于本周内报送第一季度进展情况") String message) {
    }

    @Schema(description = "The unit's answer (反馈) to an urge")
    public record UrgeResponse(@NotBlank @Size(max = 2000) String response) {
    }

    @Schema(description = "What a status recomputation found")
    public record StatusRun(int evaluated, int red, int yellow, int green, @Schema(examples = "2024-11-29") String today) {
    }

    @Schema(description = "Traffic lights counted for one task, unit or section")
    public record ColourCount(long id, String label, long red, long yellow, long green,
            @Schema(enumeration = { "GREEN", "YELLOW", "RED" }) String worst) {
    }

    @Schema(description = "Traffic lights of a plan's assignments, rolled up per task, unit and section")
    public record StatusSummary(long planId, long red, long yellow, long green, List<ColourCount> tasks,
            List<ColourCount> units, List<ColourCount> sections) {
    }
}
