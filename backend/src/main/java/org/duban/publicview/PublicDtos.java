package org.duban.publicview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public progress page shows: the published plan and aggregate progress, nothing personal. */
public final class PublicDtos {
    private PublicDtos() {
    }

    @Schema(description = "A published plan in the public list")
    public record PublicPlanSummary(
            @Schema(examples = "QH-FZZF-2024") String code,
            String title,
            int year,
            @Schema(nullable = true) String issuer,
            @Schema(nullable = true) String documentNumber,
            @Schema(nullable = true) LocalDate issueDate,
            OffsetDateTime publishedAt) {
    }

    @Schema(description = "Progress of a group of assignments")
    public record Progress(
            @Schema(description = "Assignments counted") long assignments,
            @Schema(description = "Assignments completed") long completed,
            @Schema(description = "Mean progress of the assignments, 0–100", examples = "42") int percent,
            @Schema(enumeration = { "NOT_ASSIGNED", "NOT_STARTED", "IN_PROGRESS", "COMPLETED" }) String status) {
    }

    @Schema(description = "A work point with its aggregate progress")
    public record PublicTask(String number, String title, String content, @Schema(nullable = true) LocalDate deadline,
            Progress progress) {
    }

    @Schema(description = "A section with its work points")
    public record PublicSection(int number, String label, String title, List<PublicTask> tasks) {
    }

    @Schema(description = "A prefecture (市州) with the progress of its own and its counties' assignments")
    public record PublicPrefecture(@Schema(nullable = true) String code, String name, Progress progress) {
    }

    @Schema(description = "A published plan with its progress")
    public record PublicPlanView(
            PublicPlanSummary plan,
            Progress overall,
            List<PublicSection> sections,
            List<PublicPrefecture> prefectures) {
    }
}
