package org.duban.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.duban.account.CurrentActor;
import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.reporting.ReportDtos.StatusRun;
import org.duban.reporting.ReportDtos.StatusSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE + "/assignment-status")
@Tag(name = "Status", description = "Traffic lights (RED / YELLOW / GREEN) of assignments by the status rules")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class StatusResource {
    private final StatusService status;
    private final CurrentActor actor;

    StatusResource(StatusService status, CurrentActor actor) {
        this.status = status;
        this.actor = actor;
    }

    @POST
    @Path("recompute")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Re-evaluate every assignment now", description = "The scheduled job does the same every duban.status.interval.")
    public StatusRun recomputeStatus() {
        return status.recompute(status.today());
    }

    @GET
    @Path("summary")
    @Operation(summary = "A plan's traffic lights, rolled up per task, unit and section", description = "A reporter sees their own unit's only.")
    public StatusSummary getStatusSummary(@RestQuery @NotNull Long planId) {
        return status.summary(planId, actor.confinedToUnit());
    }
}
