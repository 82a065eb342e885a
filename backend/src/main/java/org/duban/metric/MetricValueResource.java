package org.duban.metric;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.duban.common.Responses;
import org.duban.metric.MetricDtos.BatchResult;
import org.duban.metric.MetricDtos.BatchValues;
import org.duban.metric.MetricDtos.MetricValueView;
import org.duban.metric.MetricDtos.ValueChange;
import org.duban.metric.MetricDtos.ValueInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/metric-values")
@Tag(name = "Metric values", description = "Units' figures per period (指标数据)")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class MetricValueResource {
    private final MetricValueService values;

    MetricValueResource(MetricValueService values) {
        this.values = values;
    }

    @GET
    @Operation(summary = "List figures", description = "A reporter sees only their own unit's. Sort fields: period, unitName, metricCode, updatedAt.")
    public PageView<MetricValueView> listMetricValues(@RestQuery Long metricId, @RestQuery Long planId,
            @RestQuery Long unitId, @RestQuery String period, @RestQuery @Min(2000) @Max(2100) Integer year,
            @Valid @BeanParam PageQuery page) {
        return values.list(new MetricValueRepository.Filter(metricId, planId, unitId, period, year), page);
    }

    @GET
    @Path("{metricId}/{unitId}/{period}")
    @Operation(summary = "Get one unit's figure for one period")
    public RestResponse<MetricValueView> getMetricValue(@RestPath long metricId, @RestPath long unitId,
            @RestPath String period) {
        MetricValueView view = values.get(metricId, unitId, period);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{metricId}/{unitId}/{period}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.REPORTER, Roles.SCOPE_WRITE_METRIC_VALUES })
    @Operation(summary = "Enter or correct one unit's figure for one period",
            description = "Creates the figure (201) when absent; correcting an existing one (200) needs its ETag in If-Match. Reporters and unit-bound tokens write only their own unit's figures.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricValueView.class)))
    @APIResponse(responseCode = "201", description = "Entered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricValueView.class)))
    public RestResponse<MetricValueView> putMetricValue(@RestPath long metricId, @RestPath long unitId,
            @RestPath @Parameter(description = "2024, 2024-Q2 or 2024-05, as the metric's granularity says") String period,
            @RestHeader("If-Match") @Parameter(description = "Required when the figure exists") String ifMatch,
            @Valid @NotNull ValueInput body) {
        MetricValueService.Upserted result = values.upsert(metricId, unitId, period, ifMatch, body);
        MetricValueView view = result.view();
        return result.created()
                ? Responses.created(Api.BASE + "/metric-values/" + metricId + "/" + unitId + "/" + period, view, view.version())
                : Responses.ok(view, view.version());
    }

    @GET
    @Path("{metricId}/{unitId}/{period}/history")
    @Operation(summary = "Every entry and correction of a figure: who changed it from what to what")
    public List<ValueChange> getMetricValueHistory(@RestPath long metricId, @RestPath long unitId, @RestPath String period) {
        return values.history(metricId, unitId, period);
    }

    @POST
    @Path("batch")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.REPORTER, Roles.SCOPE_WRITE_METRIC_VALUES, Roles.SCOPE_IMPORT })
    @Operation(summary = "Enter up to 10,000 figures at once, all or nothing",
            description = "Every item is checked first; any error (named items[i].field) writes nothing. Existing figures are overwritten without If-Match; identical ones count as unchanged.")
    public BatchResult batchMetricValues(@Valid @NotNull BatchValues body) {
        return values.batch(body.items());
    }
}
