package org.duban.reporting;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.Downloads;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Responses;
import org.duban.reporting.ReportDtos.AttachmentView;
import org.duban.reporting.ReportDtos.CreateReport;
import org.duban.reporting.ReportDtos.ReportView;
import org.duban.reporting.ReportDtos.ReviewDecision;
import org.duban.reporting.ReportDtos.UpdateReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(Api.BASE + "/progress-reports")
@Tag(name = "Progress reports", description = "Units' periodic reports with evidence, and their review (进展报告)")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class ReportResource {
    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Operation(summary = "List reports", description = "A reporter sees only their unit's. state=SUBMITTED is the review queue. Sort fields: period, updatedAt, submittedAt, state, taskNumber.")
    public PageView<ReportView> listReports(@RestQuery Long planId, @RestQuery Long taskId, @RestQuery Long unitId,
            @RestQuery Long assignmentId, @RestQuery String period, @RestQuery ReportState state,
            @Valid @BeanParam PageQuery page) {
        return reports.list(new ProgressReportRepository.Filter(planId, taskId, unitId, assignmentId, period, state), page);
    }

    @POST
    @RolesAllowed({ Roles.REPORTER, Roles.SCOPE_WRITE_PROGRESS_REPORTS })
    @Operation(summary = "Start a report (DRAFT) for one of the unit's assignments")
    @APIResponse(responseCode = "201", description = "Created; Location names the new report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public RestResponse<ReportView> createReport(@Valid @NotNull CreateReport body) {
        ReportView view = reports.create(body);
        return Responses.created(Api.BASE + "/progress-reports/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a report")
    public RestResponse<ReportView> getReport(@RestPath long id) {
        ReportView view = reports.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.REPORTER, Roles.SCOPE_WRITE_PROGRESS_REPORTS })
    @Operation(summary = "Revise a DRAFT or RETURNED report")
    public RestResponse<ReportView> updateReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull UpdateReport body) {
        ReportView view = reports.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.REPORTER, Roles.SCOPE_WRITE_PROGRESS_REPORTS })
    @ResponseStatus(204)
    @Operation(summary = "Delete a DRAFT report")
    public void deleteReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        reports.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({ Roles.REPORTER, Roles.SCOPE_WRITE_PROGRESS_REPORTS })
    @Operation(summary = "Submit a DRAFT or RETURNED report for review", description = "409 from any other state.")
    public RestResponse<ReportView> submitReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        ReportView view = reports.submit(id, ifMatch);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Approve a SUBMITTED report", description = "The assignment's progress follows it; a completed report completes the assignment. Approved reports never change.")
    public RestResponse<ReportView> approveReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid ReviewDecision body) {
        ReportView view = reports.approve(id, ifMatch, body == null ? null : body.comment());
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Return a SUBMITTED report for revision", description = "The comment is required.")
    public RestResponse<ReportView> returnReport(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull ReviewDecision body) {
        ReportView view = reports.returnForRevision(id, ifMatch, body.comment());
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.REPORTER, Roles.SCOPE_WRITE_PROGRESS_REPORTS })
    @ResponseStatus(201)
    @Operation(summary = "Attach evidence to a DRAFT or RETURNED report",
            description = "PDF, DOCX, XLSX, JPG or PNG, recognised by content; at most 20 MB (duban.evidence.max-bytes).")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public AttachmentView attachEvidence(@RestPath long id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return reports.attach(id, file);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({ "application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    @Operation(summary = "Download evidence", description = "Served with its content type; the file name (Chinese too) in Content-Disposition.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response downloadEvidence(@RestPath long id, @RestPath long attachmentId) {
        ReportAttachment attachment = reports.attachment(id, attachmentId);
        return Response.ok(attachment.content, attachment.contentType)
                .header("Content-Disposition", Downloads.attachment(attachment.fileName))
                .header("X-Content-SHA256", attachment.sha256)
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed({ Roles.REPORTER, Roles.SCOPE_WRITE_PROGRESS_REPORTS })
    @ResponseStatus(204)
    @Operation(summary = "Remove evidence from a DRAFT or RETURNED report")
    public void removeEvidence(@RestPath long id, @RestPath long attachmentId) {
        reports.detach(id, attachmentId);
    }
}
