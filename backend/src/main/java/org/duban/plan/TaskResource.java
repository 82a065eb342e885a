package org.duban.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Responses;
import org.duban.plan.PlanDtos.CreateTask;
import org.duban.plan.PlanDtos.TaskView;
import org.duban.plan.PlanDtos.UpdateTask;
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

@Path(Api.BASE + "/tasks")
@Tag(name = "Tasks", description = "Work points of a plan and the measures under them")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class TaskResource {
    private final TaskService tasks;

    TaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    @GET
    @Operation(summary = "List tasks", description = "In document order unless sorted otherwise. Sort fields: number, position, title, deadline, createdAt.")
    public PageView<TaskView> listTasks(
            @RestQuery Long planId,
            @RestQuery Long sectionId,
            @RestQuery @Parameter(description = "Only the measures under this work point") Long parentId,
            @RestQuery @Parameter(description = "true: only work points; false: only measures") Boolean topLevel,
            @RestQuery @Parameter(description = "Text contained in the title, or the number") String q,
            @Valid @BeanParam PageQuery page) {
        return tasks.list(new TaskRepository.Filter(planId, sectionId, parentId, topLevel, q), page);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Create a task")
    @APIResponse(responseCode = "201", description = "Created; Location names the new task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public RestResponse<TaskView> createTask(@Valid @NotNull CreateTask body) {
        TaskView view = tasks.create(body);
        return Responses.created(Api.BASE + "/tasks/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a task")
    public RestResponse<TaskView> getTask(@RestPath long id) {
        TaskView view = tasks.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @Operation(summary = "Replace a task's fields")
    public RestResponse<TaskView> updateTask(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull UpdateTask body) {
        TaskView view = tasks.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a task", description = "Refused with 409 while it is assigned or has measures.")
    public void deleteTask(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        tasks.delete(id, ifMatch);
    }
}
