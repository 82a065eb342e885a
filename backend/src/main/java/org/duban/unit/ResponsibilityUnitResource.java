package org.duban.unit;

import java.util.List;

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
import org.duban.unit.UnitDtos.UnitInput;
import org.duban.unit.UnitDtos.UnitNode;
import org.duban.unit.UnitDtos.UnitView;
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

@Path(Api.BASE + "/responsibility-units")
@Tag(name = "Responsibility units", description = "Governments, departments, prefectures and counties that carry tasks")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class ResponsibilityUnitResource {
    private final ResponsibilityUnitService units;

    ResponsibilityUnitResource(ResponsibilityUnitService units) {
        this.units = units;
    }

    @GET
    @Operation(summary = "List responsibility units", description = "In division-code order unless sorted otherwise. Sort fields: code, name, type.")
    public PageView<UnitView> listUnits(
            @RestQuery UnitType type,
            @RestQuery @Parameter(description = "Only the units directly under this one") Long parentId,
            @RestQuery @Parameter(description = "Text contained in the name, or part of the code") String q,
            @Valid @BeanParam PageQuery page) {
        return units.list(type, parentId, q, page);
    }

    @GET
    @Path("tree")
    @Operation(summary = "The whole unit hierarchy as a tree")
    public List<UnitNode> getUnitTree() {
        return units.tree();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a responsibility unit")
    @APIResponse(responseCode = "201", description = "Created; Location names the new unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public RestResponse<UnitView> createUnit(@Valid @NotNull UnitInput body) {
        UnitView view = units.create(body);
        return Responses.created(Api.BASE + "/responsibility-units/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a responsibility unit")
    public RestResponse<UnitView> getUnit(@RestPath long id) {
        UnitView view = units.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("{id}")
    @Operation(summary = "Replace a responsibility unit's fields")
    public RestResponse<UnitView> updateUnit(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull UnitInput body) {
        UnitView view = units.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a responsibility unit", description = "Refused with 409 while it has units under it or assignments.")
    public void deleteUnit(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        units.delete(id, ifMatch);
    }
}
