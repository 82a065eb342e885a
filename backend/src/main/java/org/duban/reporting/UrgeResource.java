package org.duban.reporting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.reporting.ReportDtos.IssueUrges;
import org.duban.reporting.ReportDtos.UrgeResponse;
import org.duban.reporting.ReportDtos.UrgeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE + "/urges")
@Tag(name = "Urges", description = "Urge notices to late units (催办, 三色督办) and their answers")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class UrgeResource {
    private final UrgeService urges;

    UrgeResource(UrgeService urges) {
        this.urges = urges;
    }

    @GET
    @Operation(summary = "List urges, newest first", description = "A reporter sees only their unit's (their inbox); open=true: not yet answered.")
    public PageView<UrgeView> listUrges(@RestQuery Long assignmentId, @RestQuery Long unitId, @RestQuery Boolean open,
            @Valid @BeanParam PageQuery page) {
        return urges.list(assignmentId, unitId, open, page);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @ResponseStatus(201)
    @Operation(summary = "Urge one or many assignments", description = "All or nothing; the level (BLUE, YELLOW, RED) follows each assignment's traffic light when omitted.")
    @APIResponse(responseCode = "201", description = "The urges issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UrgeView.class)))
    public List<UrgeView> issueUrges(@Valid @NotNull IssueUrges body) {
        return urges.issue(body);
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "The urged unit signs for the urge (签收)")
    public UrgeView acknowledgeUrge(@RestPath long id) {
        return urges.acknowledge(id);
    }

    @POST
    @Path("{id}/respond")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "The urged unit answers the urge (反馈)")
    public UrgeView respondToUrge(@RestPath long id, @Valid @NotNull UrgeResponse body) {
        return urges.respond(id, body.response());
    }
}
