package org.duban.reporting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.reporting.CoordinationDtos.ContributionView;
import org.duban.reporting.CoordinationDtos.Decision;
import org.duban.reporting.CoordinationDtos.ExtensionView;
import org.duban.reporting.CoordinationDtos.InstructionResponse;
import org.duban.reporting.CoordinationDtos.InstructionView;
import org.duban.reporting.CoordinationDtos.IssueInstruction;
import org.duban.reporting.CoordinationDtos.RequestExtension;
import org.duban.reporting.CoordinationDtos.WriteContribution;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE)
@Tag(name = "Coordination", description = "Extension requests (延期申请), leaders' instructions (领导批示) and co-units' contributions")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class CoordinationResource {
    private final CoordinationService coordination;

    CoordinationResource(CoordinationService coordination) {
        this.coordination = coordination;
    }

    @GET
    @Path("extension-requests")
    @Operation(summary = "List extension requests, newest first", description = "A reporter sees their unit's.")
    public PageView<ExtensionView> listExtensionRequests(@RestQuery Long assignmentId, @RestQuery Long unitId,
            @RestQuery ExtensionRequest.State state, @Valid @BeanParam PageQuery page) {
        return coordination.listExtensions(assignmentId, unitId, state, page);
    }

    @POST
    @Path("extension-requests")
    @RolesAllowed(Roles.REPORTER)
    @ResponseStatus(201)
    @Operation(summary = "Ask for a later due date", description = "Only before the due date has passed (409 after it: then only a supervisor changes it).")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtensionView.class)))
    public ExtensionView requestExtension(@Valid @NotNull RequestExtension body) {
        return coordination.requestExtension(body);
    }

    @POST
    @Path("extension-requests/{id}/approve")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Approve an extension: the assignment's due date moves")
    public ExtensionView approveExtension(@RestPath long id, @Valid Decision body) {
        return coordination.decideExtension(id, true, body == null ? null : body.comment());
    }

    @POST
    @Path("extension-requests/{id}/reject")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Reject an extension, with a comment")
    public ExtensionView rejectExtension(@RestPath long id, @Valid @NotNull Decision body) {
        return coordination.decideExtension(id, false, body.comment());
    }

    @GET
    @Path("instructions")
    @Operation(summary = "List leaders' instructions, newest first", description = "A reporter sees those for their unit.")
    public PageView<InstructionView> listInstructions(@RestQuery Long taskId, @RestQuery Long assignmentId,
            @Valid @BeanParam PageQuery page) {
        return coordination.listInstructions(taskId, assignmentId, page);
    }

    @POST
    @Path("instructions")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.VIEWER })
    @ResponseStatus(201)
    @Operation(summary = "Issue an instruction on a task or one assignment", description = "Supervisors, and viewers flagged as leaders.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstructionView.class)))
    public InstructionView issueInstruction(@Valid @NotNull IssueInstruction body) {
        return coordination.issueInstruction(body);
    }

    @POST
    @Path("instructions/{id}/respond")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Answer an instruction", description = "The instructed unit, or the lead unit for a task-wide one.")
    public InstructionView respondToInstruction(@RestPath long id, @Valid @NotNull InstructionResponse body) {
        return coordination.respondToInstruction(id, body.response());
    }

    @GET
    @Path("contributions")
    @Operation(summary = "Co-units' contributions to a task", description = "The lead unit and supervisors see all; a co-unit sees its own.")
    public List<ContributionView> listContributions(@RestQuery @NotNull Long taskId, @RestQuery String period) {
        return coordination.listContributions(taskId, period);
    }

    @PUT
    @Path("contributions")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Write (or rewrite) a co-unit's contribution for a period")
    public ContributionView writeContribution(@Valid @NotNull WriteContribution body) {
        return coordination.writeContribution(body);
    }
}
