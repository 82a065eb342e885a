package org.duban.assignment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.duban.assignment.AssignmentDtos.AssignmentView;
import org.duban.assignment.AssignmentDtos.BulkAssign;
import org.duban.account.Roles;
import org.duban.common.Api;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;

@Path(Api.BASE + "/tasks/{taskId}/assignments")
@Tag(name = "Assignments")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class TaskAssignmentsResource {
    private final AssignmentService assignments;

    TaskAssignmentsResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @ResponseStatus(201)
    @Operation(summary = "Assign a task to several units at once",
            description = "All or nothing: 400 names every unknown or repeated unit, 409 every unit already assigned to the task.")
    @APIResponse(responseCode = "201", description = "The assignments created, in the order requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentView.class)))
    public List<AssignmentView> assignTaskToUnits(@RestPath long taskId, @Valid @NotNull BulkAssign body) {
        return assignments.assignMany(taskId, body);
    }
}
