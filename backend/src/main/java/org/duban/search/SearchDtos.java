package org.duban.search;

import java.time.OffsetDateTime;
import java.util.List;

import org.duban.reporting.ReportState;
import org.duban.unit.UnitType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the global search answers: one group of hits per kind of thing, each with its total. */
public final class SearchDtos {
    private SearchDtos() {
    }

    /** The groups of a search answer; {@code type} asks for one of them alone. */
    public enum SearchGroup { TASKS, UNITS, REPORTS }

    /** One group's hits, best first, and how many there are in all. */
    public record Hits<T>(
            List<T> items,
            @Schema(description = "All matches the caller may read; counting stops at " + SearchService.COUNT_CAP_DEFAULT + " (duban.search.count-cap; see capped)") long total,
            @Schema(description = "true when there are more matches than total (total is then a lower bound)") boolean capped) {
    }

    @Schema(description = "A task (work point or measure) whose title, content or number matches")
    public record TaskHit(
            long id,
            long planId,
            @Schema(examples = "青海省2024年法治政府建设工作要点") String planTitle,
            long sectionId,
            int sectionNumber,
            String sectionTitle,
            @Schema(nullable = true, description = "The work point this measure belongs to; null for a work point") Long parentId,
            @Schema(examples = "1") String number,
            @Schema(examples = "深入开展法治政府建设示范创建活动") String title,
            @Schema(description = "A short piece of the content around the first match (the start of the content when only the title matches)") String excerpt) {
    }

    @Schema(description = "A responsibility unit whose name or division code matches")
    public record UnitHit(
            long id,
            @Schema(nullable = true, examples = "630100") String code,
            @Schema(examples = "西宁市") String name,
            UnitType type,
            @Schema(nullable = true) Long parentId,
            @Schema(nullable = true, examples = "青海省人民政府") String parentName) {
    }

    @Schema(description = "A progress report whose text matches")
    public record ReportHit(
            long id,
            long assignmentId,
            long taskId,
            String taskNumber,
            String taskTitle,
            long unitId,
            String unitName,
            @Schema(examples = "2024-Q1") String period,
            ReportState state,
            @Schema(description = "A short piece of the report text around the first match") String excerpt,
            OffsetDateTime updatedAt) {
    }

    @Schema(description = "The answer to a global search: tasks, responsibility units and progress reports that match the text")
    public record SearchView(
            @Schema(description = "The text searched for, trimmed and with runs of white space made one space") String query,
            int limit,
            int offset,
            @Schema(nullable = true, description = "null when type asks for another group") Hits<TaskHit> tasks,
            @Schema(nullable = true, description = "null when type asks for another group") Hits<UnitHit> units,
            @Schema(nullable = true, description = "null when type asks for another group") Hits<ReportHit> reports) {
    }
}
