package org.duban.assignment;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.duban.assignment.AssignmentDtos.AssignmentView;
import org.duban.assignment.AssignmentDtos.CreateAssignment;
import org.duban.assignment.AssignmentDtos.UpdateAssignment;
import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/assignments")
@Tag(name = "Assignments", description = "Tasks given to responsibility units (任务分工)")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class AssignmentResource {
    private final AssignmentService assignments;

    AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(summary = "List assignments", description = "By task number unless sorted otherwise. Sort fields: dueDate, taskNumber, unitName, role, status, progress, createdAt.")
    public PageView<AssignmentView> listAssignments(
            @RestQuery Long planId,
            @RestQuery Long sectionId,
            @RestQuery Long taskId,
            @RestQuery Long unitId,
            @RestQuery AssignmentRole role,
            @RestQuery AssignmentStatus status,
            @RestQuery @Parameter(description = "Due on or after this date") LocalDate dueFrom,
            @RestQuery @Parameter(description = "Due on or before this date") LocalDate dueTo,
            @RestQuery @Parameter(description = "Text contained in the task title or unit name") String q,
            @RestQuery @Pattern(regexp = "^(RED|YELLOW|GREEN)$", message = "must be RED, YELLOW or GREEN")
            @Parameter(description = "Traffic light") String colour,
            @RestQuery @Parameter(description = "This unit and every unit under it") Long withinUnitId,
            @Valid @BeanParam PageQuery page) {
        return assignments.list(new AssignmentRepository.Filter(planId, sectionId, taskId, unitId, role, status, dueFrom,
                dueTo, q, colour, null), withinUnitId, page);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Assign a task to a unit")
    @APIResponse(responseCode = "201", description = "Created; Location names the new assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    public RestResponse<AssignmentView> createAssignment(@Valid @NotNull CreateAssignment body) {
        AssignmentView view = assignments.create(body);
        return Responses.created(Api.BASE + "/assignments/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an assignment")
    public RestResponse<AssignmentView> getAssignment(@RestPath long id) {
        AssignmentView view = assignments.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @Operation(summary = "Replace an assignment's role, due date, status, progress and note")
    public RestResponse<AssignmentView> updateAssignment(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull UpdateAssignment body) {
        AssignmentView view = assignments.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Remove an assignment")
    public void deleteAssignment(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        assignments.delete(id, ifMatch);
    }
}
