package org.duban.stats;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Responses;
import org.duban.export.ExportFormat;
import org.duban.export.Exports;
import org.duban.stats.AnnualReportDtos.AnnualReportInput;
import org.duban.stats.AnnualReportDtos.AnnualReportView;
import org.duban.stats.AnnualReportDtos.CreateAnnualReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/annual-reports")
@Tag(name = "Annual reports", description = "年度法治政府建设情况报告: drafted from the figures, edited, finalised, exported")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class AnnualReportResource {
    private final AnnualReportService reports;
    private final Exports exports;

    AnnualReportResource(AnnualReportService reports, Exports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @GET
    @Operation(summary = "List annual reports", description = "A reporter sees their own unit's.")
    public PageView<AnnualReportView> listAnnualReports(@RestQuery Long planId, @RestQuery Long unitId,
            @Valid @BeanParam PageQuery page) {
        return reports.list(planId, unitId, page);
    }

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.REPORTER })
    @Operation(summary = "Draft a unit's annual report from its figures",
            description = "The five statutory parts are written from the unit's subtree: tasks and completion per section with highlights from approved reports, metric figures against targets, lagging units, leaders' instructions, open tasks for next year. One report per plan and unit (409 when it exists).")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)))
    public RestResponse<AnnualReportView> createAnnualReport(@Valid @NotNull CreateAnnualReport body) {
        AnnualReportView view = reports.create(body);
        return Responses.created(Api.BASE + "/annual-reports/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an annual report")
    public RestResponse<AnnualReportView> getAnnualReport(@RestPath long id) {
        AnnualReportView view = reports.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.REPORTER })
    @Operation(summary = "Edit a draft annual report", description = "409 once it is final.")
    public RestResponse<AnnualReportView> updateAnnualReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull AnnualReportInput body) {
        AnnualReportView view = reports.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/regenerate")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.REPORTER })
    @Operation(summary = "Replace a draft's five parts with a fresh draft from today's figures", description = "The title stays.")
    public RestResponse<AnnualReportView> regenerateAnnualReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        AnnualReportView view = reports.regenerate(id, ifMatch);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/finalise")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.REPORTER })
    @Operation(summary = "Finalise an annual report; it cannot be changed afterwards")
    public RestResponse<AnnualReportView> finaliseAnnualReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        AnnualReportView view = reports.finalise(id, ifMatch);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/export")
    @Produces({ ExportFormat.XLSX_TYPE, "text/csv", "application/pdf" })
    @Operation(summary = "Export an annual report", description = "PDF as a document (A4, embedded Chinese font); XLSX and CSV as rows of part and paragraph.")
    public Response exportAnnualReport(@RestPath long id,
            @RestQuery @NotNull @Pattern(regexp = StatsResource.FORMAT_PATTERN, message = "must be xlsx, csv or pdf")
            @Parameter(description = ExportFormat.DESCRIPTION) String format) {
        AnnualReportView report = reports.get(id);
        List<Exports.Part> parts = List.of(
                Exports.Part.of(AnnualReportService.PART_HEADINGS.get(0), report.measures()),
                Exports.Part.of(AnnualReportService.PART_HEADINGS.get(1), report.shortcomings()),
                Exports.Part.of(AnnualReportService.PART_HEADINGS.get(2), report.leadership()),
                Exports.Part.of(AnnualReportService.PART_HEADINGS.get(3), report.nextYear()),
                Exports.Part.of(AnnualReportService.PART_HEADINGS.get(4), report.otherMatters()));
        List<String> subtitle = List.of(report.unitName() + (report.state().equals("FINAL") ? "（定稿）" : "（草稿）"),
                "报送时限：" + report.dueDate());
        return exports.download(ExportFormat.parse(format), report.title(), report.title(), subtitle, false,
                sink -> Exports.document(sink, parts, "部分", "内容"));
    }
}
