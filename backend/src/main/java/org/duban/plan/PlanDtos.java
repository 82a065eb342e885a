package org.duban.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What goes over the wire for plans, sections and tasks. */
public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(description = "A plan document")
    public record PlanView(
            long id,
            @Schema(examples = "QH-FZZF-2024") String code,
            @Schema(examples = "青海省2024年法治政府建设工作要点") String title,
            @Schema(examples = "2024") int year,
            @Schema(nullable = true, examples = "青海省人民政府办公厅") String issuer,
            @Schema(nullable = true, examples = "青政办函〔2024〕19号") String documentNumber,
            @Schema(nullable = true) LocalDate issueDate,
            @Schema(nullable = true) Long parentId,
            @Schema(description = "Whether the document's full text is stored (GET …/source-text)") boolean hasSourceText,
            long sectionCount,
            long taskCount,
            @Schema(nullable = true, description = "When the plan was published on the public progress page; null while unpublished")
            OffsetDateTime publishedAt,
            @Schema(description = "How often assignments report", enumeration = { "MONTH", "QUARTER" }) String reportCadence,
            @Schema(description = "Days after a period's end by which its report is due", examples = "5") int reportDeadlineDays,
            @Schema(description = "Days before a due date in which a lagging assignment turns yellow", examples = "15") int warningDays,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    @Schema(description = "The fields a client sets when creating or replacing a plan")
    public record PlanInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                    message = "may contain only letters, digits, '.', '_' and '-'")
            @Schema(examples = "QH-FZZF-2024") String code,
            @NotBlank @Size(max = 300) @Schema(examples = "青海省2024年法治政府建设工作要点") String title,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2024") Integer year,
            @Size(max = 200) @Schema(examples = "青海省人民政府办公厅") String issuer,
            @Size(max = 100) @Schema(examples = "青政办函〔2024〕19号") String documentNumber,
            LocalDate issueDate,
            @Schema(description = "The multi-year plan this one implements") Long parentId,
            @Size(max = 1_000_000) @Schema(description = "The document's full text; when omitted on replace, the stored text stays")
            String sourceText,
            @Schema(description = "MONTH or QUARTER; QUARTER when omitted at creation, unchanged when omitted on replace",
                    enumeration = { "MONTH", "QUARTER" }) @Pattern(regexp = "^(MONTH|QUARTER)$", message = "must be MONTH or QUARTER") String reportCadence,
            @Min(0) @Max(60) @Schema(description = "5 when omitted at creation") Integer reportDeadlineDays,
            @Min(0) @Max(180) @Schema(description = "15 when omitted at creation") Integer warningDays) {
    }

    @Schema(description = "A numbered part of a plan")
    public record SectionView(
            long id,
            long planId,
            @Schema(examples = "1") int number,
            @Schema(description = "The number as a Chinese numeral", examples = "一") String label,
            @Schema(examples = "进一步加强党的领导,加快法治政府建设率先突破") String title,
            long taskCount,
            long version) {
    }

    @Schema(description = "The fields a client sets when creating or replacing a section")
    public record SectionInput(
            @NotNull @Min(1) @Max(99) @Schema(examples = "1") Integer number,
            @NotBlank @Size(max = 300) @Schema(examples = "进一步加强党的领导,加快法治政府建设率先突破") String title) {
    }

    @Schema(description = "A work point of a plan, or a measure under one")
    public record TaskView(
            long id,
            long planId,
            long sectionId,
            @Schema(nullable = true, description = "The work point this measure belongs to; null for a work point") Long parentId,
            @Schema(description = "The number as written in the document", examples = "1") String number,
            @Schema(description = "Document order within the plan") int position,
            @Schema(examples = "深入开展法治政府建设示范创建活动") String title,
            @Schema(description = "The full text of the work point") String content,
            @Schema(nullable = true) LocalDate deadline,
            long assignmentCount,
            long version) {
    }

    @Schema(description = "The fields a client sets when creating a task")
    public record CreateTask(
            @NotNull Long planId,
            @NotNull Long sectionId,
            Long parentId,
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[0-9]+(\\.[0-9]+)*$", message = "must be a number such as 3 or 3.1")
            @Schema(examples = "1") String number,
            @Min(0) @Schema(description = "Document order; defaults to after the plan's last task") Integer position,
            @NotBlank @Size(max = 300) @Schema(examples = "深入开展法治政府建设示范创建活动") String title,
            @NotBlank @Size(max = 20_000) String content,
            LocalDate deadline) {
    }

    @Schema(description = "The fields a client sets when replacing a task; its plan never changes")
    public record UpdateTask(
            @NotNull Long sectionId,
            Long parentId,
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[0-9]+(\\.[0-9]+)*$", message = "must be a number such as 3 or 3.1")
            String number,
            @NotNull @Min(0) Integer position,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 20_000) String content,
            LocalDate deadline) {
    }
}
