package org.duban.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Responses;
import org.duban.plan.PlanDtos.PlanInput;
import org.duban.plan.PlanDtos.PlanView;
import org.duban.plan.PlanDtos.SectionInput;
import org.duban.plan.PlanDtos.SectionView;
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

@Path(Api.BASE + "/plans")
@Tag(name = "Plans", description = "Plan documents and their sections")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class PlanResource {
    private final PlanService plans;
    private final SectionService sections;

    PlanResource(PlanService plans, SectionService sections) {
        this.plans = plans;
        this.sections = sections;
    }

    @GET
    @Operation(summary = "List plans", description = "Newest year first unless sorted otherwise. Sort fields: code, title, year, issueDate, createdAt.")
    public PageView<PlanView> listPlans(
            @RestQuery @Parameter(description = "Text contained in the title, code or document number") String q,
            @RestQuery @Min(2000) @Max(2100) Integer year,
            @Valid @BeanParam PageQuery page) {
        return plans.list(q, year, page);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Create a plan")
    @APIResponse(responseCode = "201", description = "Created; Location names the new plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public RestResponse<PlanView> createPlan(@Valid @NotNull PlanInput body) {
        PlanView view = plans.create(body);
        return Responses.created(Api.BASE + "/plans/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a plan")
    public RestResponse<PlanView> getPlan(@RestPath long id) {
        PlanView view = plans.get(id);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/source-text")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The plan document's full text as published")
    public String getPlanSourceText(@RestPath long id) {
        return plans.sourceText(id);
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @Operation(summary = "Replace a plan's fields")
    public RestResponse<PlanView> updatePlan(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull PlanInput body) {
        PlanView view = plans.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a plan with its sections and tasks", description = "Refused with 409 while any of its tasks is assigned.")
    public void deletePlan(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        plans.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Publish a plan on the public progress page (政务公开)")
    public RestResponse<PlanView> publishPlan(@RestPath long id) {
        PlanView view = plans.publish(id, true);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Take a plan off the public progress page")
    public RestResponse<PlanView> unpublishPlan(@RestPath long id) {
        PlanView view = plans.publish(id, false);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{planId}/sections")
    @Operation(summary = "List a plan's sections", description = "In document order unless sorted otherwise. Sort fields: number, title.")
    public PageView<SectionView> listSections(@RestPath long planId, @Valid @BeanParam PageQuery page) {
        return sections.list(planId, page);
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Path("{planId}/sections")
    @Operation(summary = "Add a section to a plan")
    @APIResponse(responseCode = "201", description = "Created; Location names the new section",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class)))
    public RestResponse<SectionView> createSection(@RestPath long planId, @Valid @NotNull SectionInput body) {
        SectionView view = sections.create(planId, body);
        return Responses.created(Api.BASE + "/sections/" + view.id(), view, view.version());
    }
}
