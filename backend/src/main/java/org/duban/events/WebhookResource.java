package org.duban.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.duban.events.WebhookDtos.DeliveryView;
import org.duban.events.WebhookDtos.WebhookCreatedView;
import org.duban.events.WebhookDtos.WebhookInput;
import org.duban.events.WebhookDtos.WebhookView;
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

@Path(Api.BASE + "/webhooks")
@Tag(name = "Events")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {
    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Operation(summary = "Subscribe a URL to events",
            description = "Deliveries POST {deliveryId, event} as JSON with headers Duban-Delivery (stable per event and subscription), Duban-Event and Duban-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\" with the secret>. Reject a signature older than 5 minutes. Private and loopback targets are refused unless allowed by configuration; redirects are not followed.")
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is in this answer only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookCreatedView.class)))
    public RestResponse<WebhookCreatedView> createWebhook(@Valid @NotNull WebhookInput body) {
        WebhookCreatedView created = webhooks.create(body);
        return Responses.created(Api.BASE + "/webhooks/" + created.webhook().id(), created, created.webhook().version());
    }

    @GET
    @Operation(summary = "List webhook subscriptions")
    public PageView<WebhookView> listWebhooks(@Valid @BeanParam PageQuery page) {
        return webhooks.list(page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a webhook subscription")
    public RestResponse<WebhookView> getWebhook(@RestPath long id) {
        WebhookView view = webhooks.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a webhook subscription", description = "active=true re-enables a subscription that was switched off and clears its failure count.")
    public RestResponse<WebhookView> updateWebhook(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull WebhookInput body) {
        WebhookView view = webhooks.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Delete a webhook subscription and its delivery log")
    public void deleteWebhook(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch) {
        webhooks.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The delivery log: state, attempts, last status code and duration, next attempt")
    public PageView<DeliveryView> listWebhookDeliveries(@RestPath long id,
            @RestQuery @Pattern(regexp = "^(PENDING|SUCCEEDED|DEAD)$", message = "must be PENDING, SUCCEEDED or DEAD") String state,
            @Valid @BeanParam PageQuery page) {
        return webhooks.deliveries(id, state, page);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Deliver again now", description = "A dead delivery gets a fresh set of attempts; the delivery id stays the same.")
    public DeliveryView redeliverWebhook(@RestPath long id, @RestPath String deliveryId) {
        return webhooks.redeliver(id, deliveryId);
    }
}
