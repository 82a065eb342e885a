package org.duban.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AnnualReportDtos {
    private AnnualReportDtos() {
    }

    public record CreateAnnualReport(@NotNull Long planId,
            @Schema(description = "The reporting unit; default a reporter's own") Long unitId) {
    }

    @Schema(description = "The title and the five parts; each part is plain text, paragraphs separated by line breaks")
    public record AnnualReportInput(
            @NotBlank @Size(max = 300) String title,
            @NotNull @Size(max = 50000) String measures,
            @NotNull @Size(max = 50000) String shortcomings,
            @NotNull @Size(max = 50000) String leadership,
            @NotNull @Size(max = 50000) String nextYear,
            @NotNull @Size(max = 50000) String otherMatters) {
    }

    public record AnnualReportView(long id, long planId, int year, long unitId, String unitName, String title,
            @Schema(description = "Departments by 1 March, governments by 1 April of the following year") LocalDate dueDate,
            @Schema(description = "一、推进法治政府建设的主要举措和成效") String measures,
            @Schema(description = "二、存在的不足和原因") String shortcomings,
            @Schema(description = "三、党政主要负责人履行推进法治建设第一责任人职责情况") String leadership,
            @Schema(description = "四、下一年度推进法治政府建设的主要安排") String nextYear,
            @Schema(description = "五、其他需要报告的情况") String otherMatters,
            @Schema(enumeration = { "DRAFT", "FINAL" }) String state, OffsetDateTime generatedAt,
            @Schema(nullable = true) String finalisedBy, @Schema(nullable = true) OffsetDateTime finalisedAt, long version,
            OffsetDateTime updatedAt) {
    }
}
