package org.duban.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.Responses;
import org.duban.plan.PlanDtos.SectionInput;
import org.duban.plan.PlanDtos.SectionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/sections")
@Tag(name = "Plans")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class SectionResource {
    private final SectionService sections;

    SectionResource(SectionService sections) {
        this.sections = sections;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a section")
    public RestResponse<SectionView> getSection(@RestPath long id) {
        SectionView view = sections.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @Operation(summary = "Replace a section's number and title")
    public RestResponse<SectionView> updateSection(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull SectionInput body) {
        SectionView view = sections.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a section with its tasks", description = "Refused with 409 while any of its tasks is assigned.")
    public void deleteSection(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        sections.delete(id, ifMatch);
    }
}
