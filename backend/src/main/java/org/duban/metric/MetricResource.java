package org.duban.metric;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.duban.metric.MetricDtos.AttainmentSummary;
import org.duban.metric.MetricDtos.AttainmentView;
import org.duban.metric.MetricDtos.MetricInput;
import org.duban.metric.MetricDtos.MetricView;
import org.duban.metric.MetricDtos.SeriesView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/metrics")
@Tag(name = "Metrics", description = "Quantitative targets of a plan and their attainment")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class MetricResource {
    private final MetricService metrics;
    private final AttainmentService attainment;

    MetricResource(MetricService metrics, AttainmentService attainment) {
        this.metrics = metrics;
        this.attainment = attainment;
    }

    @GET
    @Operation(summary = "List metrics", description = "By code unless sorted otherwise. Sort fields: code, name, kind.")
    public PageView<MetricView> listMetrics(@RestQuery Long planId, @RestQuery Long taskId, @RestQuery MetricKind kind,
            @RestQuery @Parameter(description = "Text contained in the code or a name") String q,
            @Valid @BeanParam PageQuery page) {
        return metrics.list(planId, taskId, kind, q, page);
    }

    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Create a metric")
    @APIResponse(responseCode = "201", description = "Created; Location names the new metric",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    public RestResponse<MetricView> createMetric(@Valid @NotNull MetricInput body) {
        MetricView view = metrics.create(body);
        return Responses.created(Api.BASE + "/metrics/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a metric")
    public RestResponse<MetricView> getMetric(@RestPath long id) {
        MetricView view = metrics.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Replace a metric's definition", description = "Kind and granularity are fixed once figures exist.")
    public RestResponse<MetricView> updateMetric(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull MetricInput body) {
        MetricView view = metrics.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @ResponseStatus(204)
    @Operation(summary = "Delete a metric that has no figures")
    public void deleteMetric(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        metrics.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/attainment")
    @Operation(summary = "Attainment of a metric for a period, rolled up the unit hierarchy",
            description = "The scope (parentId, or the top of the hierarchy) and each unit directly under it, each combining its whole subtree. A reporter sees only their own unit.")
    public AttainmentView getMetricAttainment(@RestPath long id,
            @RestQuery @NotNull @Pattern(regexp = "^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$",
                    message = "must be a year (2024), a quarter (2024-Q2) or a month (2024-05)")
            @Parameter(description = "A year, or one period of the metric's granularity", example = "2024") String period,
            @RestQuery @Parameter(description = "Drill into the units under this one") Long parentId) {
        return attainment.attainment(id, period, parentId);
    }

    @GET
    @Path("{id}/series")
    @Operation(summary = "A metric over the periods of a year for a unit's subtree (default: the top unit)")
    public SeriesView getMetricSeries(@RestPath long id,
            @RestQuery @NotNull @Min(2000) @Max(2100) Integer year,
            @RestQuery Long unitId) {
        return attainment.series(id, year, unitId);
    }

    @GET
    @Path("attainment-summary")
    @Operation(summary = "Every metric of a plan with its attainment for a year, at the top of the hierarchy")
    public List<AttainmentSummary> getAttainmentSummary(@RestQuery @NotNull Long planId,
            @RestQuery @NotNull @Min(2000) @Max(2100) Integer year) {
        return attainment.summary(planId, year);
    }
}
