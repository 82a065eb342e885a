package org.duban.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.duban.assignment.AssignmentRole;
import org.duban.assignment.AssignmentStatus;
import org.duban.metric.AttainmentStatus;
import org.duban.metric.Comparator;
import org.duban.metric.Granularity;
import org.duban.metric.MetricKind;
import org.duban.unit.UnitType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the statistics endpoints answer. Percentages are 0–100 with one decimal. */
public final class StatsDtos {
    private StatsDtos() {
    }

    @Schema(description = "Assignments (or tasks) by traffic light; completed counts those whose status is COMPLETED")
    public record ColourCounts(long total, long red, long yellow, long green, long completed) {
    }

    public record AssignmentCounts(long total, long red, long yellow, long green, long completed,
            @Schema(description = "Not completed and past their due date") long overdue,
            @Schema(description = "completed / total × 100") double completionPercent,
            double averageProgress) {
    }

    @Schema(description = "Progress reports of one reporting period: owed (due), filed (submitted, approved or returned), only drafted, missing, and missing past the deadline (overdue)")
    public record PeriodReports(String period, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline, long due,
            long filed, long submitted, long approved, long returned, long draft, long missing, long overdue,
            @Schema(description = "First submitted on or before the deadline") long onTime,
            @Schema(description = "Assignments in scope completed by the end of the period") long completed) {
    }

    public record MetricCounts(
            @Schema(description = "Pairs of metric × unit that meet the target for the year") long met, long notMet, long noData) {
    }

    public record SectionCounts(long sectionId, int number, String title, long total, long red, long yellow, long green,
            long completed) {
    }

    public record UnitCounts(long unitId, @Schema(nullable = true) String code, String name, UnitType type, long total,
            long red, long yellow, long green, long completed, double completionPercent) {
    }

    @Schema(description = "A plan's dashboard: everything counted by SQL over the scope (section and unit subtree)")
    public record DashboardView(long planId, String planTitle, int year,
            @Schema(description = "Today in the plan's time zone") LocalDate today,
            @Schema(description = "The reporting period the report counts refer to") String period,
            @Schema(nullable = true) Long sectionId, @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) String unitName,
            @Schema(description = "Tasks with assignments in scope, by their worst light") ColourCounts tasks,
            AssignmentCounts assignments, PeriodReports reports, MetricCounts metrics, List<SectionCounts> sections,
            @Schema(description = "The units directly under the scope (prefectures and departments for the province), each with its subtree")
            List<UnitCounts> units,
            @Schema(description = "Every reporting period of the plan's year") List<PeriodReports> trend) {
    }

    @Schema(description = "How the score is weighed; see duban.scorecard.* in the README")
    public record Weights(double completion, double reporting, double attainment, double returnedPenalty, double urgePenalty) {
    }

    public record ScorecardRow(int rank, long unitId, @Schema(nullable = true) String code, String name, UnitType type,
            long assignments, long completed, long completedOnTime, long overdue, long reportsOwed, long reportsOnTime,
            long returned, long urges, long metricsApplicable, long metricsMet, long metricsNoData,
            @Schema(nullable = true, description = "Completed on time / (due by today or completed) × 100") Double completionRate,
            @Schema(nullable = true, description = "Reports first submitted by their deadline / reports owed × 100") Double reportingRate,
            @Schema(nullable = true, description = "Metrics met / metrics that apply × 100 (no data counts as not met)") Double attainmentRate,
            double score) {
    }

    @Schema(description = "Units of one level ranked by score. Score = 100 × (completion·wc + reporting·wr + attainment·wa) / (sum of the weights of the rates that apply) − returned × returnedPenalty − urges × urgePenalty, at least 0")
    public record ScorecardView(long planId, int year, UnitType type, LocalDate today, Weights weights,
            List<ScorecardRow> rows) {
    }

    public record MetricFigure(long metricId, String code, String name, String nameEn, MetricKind kind,
            @Schema(nullable = true) Comparator comparator, @Schema(nullable = true) BigDecimal target,
            @Schema(nullable = true) LocalDate targetDate, String displayUnit, Granularity granularity,
            @Schema(nullable = true, description = "The unit's figure for the span; a percentage for ratios") BigDecimal value,
            @Schema(nullable = true) BigDecimal numerator, @Schema(nullable = true) BigDecimal denominator,
            AttainmentStatus status) {
    }

    public record ChecklistRow(long assignmentId, long taskId, String taskNumber, String taskTitle, int sectionNumber,
            String sectionTitle, AssignmentRole role, LocalDate dueDate, AssignmentStatus status, String colour,
            String colourReason, int progress, @Schema(nullable = true) LocalDate completedOn,
            @Schema(nullable = true, description = "Period of the latest approved report") String latestPeriod,
            @Schema(nullable = true, description = "Its text, up to 300 characters") String latestSummary,
            long evidenceCount, long urges,
            @Schema(description = "The task's metrics for this unit over the plan's year") List<MetricFigure> metrics) {
    }

    @Schema(description = "对照检查清单: one unit's assigned tasks with their state, latest approved progress, evidence and metric figures")
    public record ChecklistView(long planId, String planTitle, int year, long unitId, @Schema(nullable = true) String unitCode,
            String unitName, UnitType unitType, LocalDate today, List<ChecklistRow> rows) {
    }

    public record MatrixUnit(long id, @Schema(nullable = true) String code, String name, UnitType type) {
    }

    public record MatrixCell(long unitId, @Schema(nullable = true) BigDecimal value, @Schema(nullable = true) BigDecimal numerator,
            @Schema(nullable = true) BigDecimal denominator, AttainmentStatus status) {
    }

    public record MatrixRow(long metricId, String code, String name, String nameEn, MetricKind kind,
            @Schema(nullable = true) Comparator comparator, @Schema(nullable = true) BigDecimal target,
            @Schema(nullable = true) LocalDate targetDate, String displayUnit, Granularity granularity, long met,
            long notMet, long noData,
            @Schema(description = "One per unit the metric applies to; units it does not apply to have none") List<MatrixCell> cells) {
    }

    @Schema(description = "Metrics × units for a period, each unit's own figures")
    public record AttainmentMatrixView(long planId, String period, @Schema(nullable = true) UnitType type,
            @Schema(nullable = true) Long parentId, List<MatrixUnit> units, List<MatrixRow> rows) {
    }
}
