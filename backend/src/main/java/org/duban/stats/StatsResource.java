package org.duban.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.duban.account.Roles;
import org.duban.assignment.AssignmentRole;
import org.duban.assignment.AssignmentStatus;
import org.duban.common.Api;
import org.duban.export.ExportFormat;
import org.duban.stats.StatsDtos.AttainmentMatrixView;
import org.duban.stats.StatsDtos.ChecklistView;
import org.duban.stats.StatsDtos.DashboardView;
import org.duban.stats.StatsDtos.ScorecardView;
import org.duban.unit.UnitType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE + "/reports")
@Tag(name = "Statistics", description = "Dashboard, scorecard, checklist and attainment table, and their XLSX / CSV / PDF exports")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class StatsResource {
    static final String PERIOD_PATTERN = "^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$";
    static final String PERIOD_MESSAGE = "must be a year (2024), a quarter (2024-Q2) or a month (2024-05)";
    static final String FORMAT_PATTERN = "^(xlsx|csv|pdf)$";

    private final StatsService stats;
    private final StatsExports exports;

    StatsResource(StatsService stats, StatsExports exports) {
        this.stats = stats;
        this.exports = exports;
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "A plan's dashboard summary",
            description = "Tasks and assignments by light, completion, the reports of one period (due, filed, approved, returned, missing, overdue), metric verdicts, per section, per unit under the scope, and the trend over the plan's reporting periods. A reporter's scope is their own unit.")
    public DashboardView getDashboard(@RestQuery @NotNull Long planId,
            @RestQuery @Parameter(description = "Only this section's tasks") Long sectionId,
            @RestQuery @Parameter(description = "Only this unit and the units under it") Long unitId,
            @RestQuery @Pattern(regexp = "^\\d{4}-(Q[1-4]|0[1-9]|1[0-2])$", message = "must be a quarter (2024-Q2) or a month (2024-05)")
            @Parameter(description = "A reporting period of the plan's cadence; default: today's, within the plan's year") String period) {
        return stats.dashboard(planId, sectionId, unitId, period);
    }

    @GET
    @Path("scorecard")
    @Operation(summary = "Units of one level scored and ranked",
            description = "Prefectures against prefectures, departments against departments. The weights are configurable (duban.scorecard.*) and returned with the answer. A reporter sees only their own unit's row.")
    public ScorecardView getScorecard(@RestQuery @NotNull Long planId, @RestQuery @NotNull UnitType type) {
        return stats.scorecard(planId, type);
    }

    @GET
    @Path("checklist")
    @Operation(summary = "A unit's checklist (对照检查清单)",
            description = "Every task assigned to the unit with role, deadline, status, latest approved progress, evidence count and metric figures. unitId defaults to a reporter's own unit.")
    public ChecklistView getChecklist(@RestQuery @NotNull Long planId, @RestQuery Long unitId) {
        return stats.checklist(planId, unitId);
    }

    @GET
    @Path("metric-attainment")
    @Operation(summary = "Metrics × units for a period: each unit's figure and MET / NOT_MET / NO_DATA",
            description = "Columns are the units of one type (default PREFECTURE) or the units directly under parentId. Metrics reported less often than the period asks for are left out.")
    public AttainmentMatrixView getMetricAttainmentTable(@RestQuery @NotNull Long planId,
            @RestQuery @Pattern(regexp = PERIOD_PATTERN, message = PERIOD_MESSAGE)
            @Parameter(description = "Default: the plan's year", example = "2024") String period,
            @RestQuery UnitType type, @RestQuery Long parentId) {
        return stats.attainmentMatrix(planId, period, type, parentId);
    }

    @GET
    @Path("checklist/export")
    @Produces({ ExportFormat.XLSX_TYPE, "text/csv", "application/pdf" })
    @Operation(summary = "Export a unit's checklist", description = "One sheet per section in XLSX.")
    public Response exportChecklist(@RestQuery @NotNull Long planId, @RestQuery Long unitId,
            @RestQuery @NotNull @Pattern(regexp = FORMAT_PATTERN, message = "must be xlsx, csv or pdf")
            @Parameter(description = ExportFormat.DESCRIPTION) String format) {
        return exports.checklist(planId, unitId, ExportFormat.parse(format));
    }

    @GET
    @Path("scorecard/export")
    @Produces({ ExportFormat.XLSX_TYPE, "text/csv", "application/pdf" })
    @Operation(summary = "Export a scorecard ranking")
    public Response exportScorecard(@RestQuery @NotNull Long planId, @RestQuery @NotNull UnitType type,
            @RestQuery @NotNull @Pattern(regexp = FORMAT_PATTERN, message = "must be xlsx, csv or pdf")
            @Parameter(description = ExportFormat.DESCRIPTION) String format) {
        return exports.scorecard(planId, type, ExportFormat.parse(format));
    }

    @GET
    @Path("metric-attainment/export")
    @Produces({ ExportFormat.XLSX_TYPE, "text/csv", "application/pdf" })
    @Operation(summary = "Export the metric attainment table")
    public Response exportMetricAttainmentTable(@RestQuery @NotNull Long planId,
            @RestQuery @Pattern(regexp = PERIOD_PATTERN, message = PERIOD_MESSAGE) String period,
            @RestQuery UnitType type, @RestQuery Long parentId,
            @RestQuery @NotNull @Pattern(regexp = FORMAT_PATTERN, message = "must be xlsx, csv or pdf")
            @Parameter(description = ExportFormat.DESCRIPTION) String format) {
        return exports.attainmentMatrix(planId, period, type, parentId, ExportFormat.parse(format));
    }

    @GET
    @Path("tasks/export")
    @Produces({ ExportFormat.XLSX_TYPE, "text/csv", "application/pdf" })
    @Operation(summary = "Export the task list (one row per assignment) with filters",
            description = "Streamed from the database as it is written; one sheet per section in XLSX. A reporter exports only their own unit's rows.")
    public Response exportTaskList(@RestQuery @NotNull Long planId, @RestQuery Long sectionId,
            @RestQuery @Parameter(description = "This unit and the units under it") Long unitId,
            @RestQuery @Pattern(regexp = "^(RED|YELLOW|GREEN)$", message = "must be RED, YELLOW or GREEN") String colour,
            @RestQuery AssignmentStatus status, @RestQuery AssignmentRole role,
            @RestQuery @NotNull @Pattern(regexp = FORMAT_PATTERN, message = "must be xlsx, csv or pdf")
            @Parameter(description = ExportFormat.DESCRIPTION) String format) {
        return exports.taskList(planId, sectionId, unitId, colour, status, role, ExportFormat.parse(format));
    }
}
