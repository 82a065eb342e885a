package org.duban.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.duban.account.ApiTokenDtos.ApiTokenView;
import org.duban.account.ApiTokenDtos.CreateApiToken;
import org.duban.account.ApiTokenDtos.CreatedApiToken;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;

@Path(Api.BASE + "/api-tokens")
@Tag(name = "API tokens", description = "Credentials for third-party systems; ADMIN only")
@RolesAllowed(Roles.ADMIN)
public class ApiTokenResource {
    private final ApiTokenService tokens;
    private final CurrentActor actor;

    ApiTokenResource(ApiTokenService tokens, CurrentActor actor) {
        this.tokens = tokens;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "List API tokens", description = "Newest first unless sorted otherwise. Sort fields: name, createdAt, lastUsedAt, expiresAt.")
    public PageView<ApiTokenView> listApiTokens(@Valid @BeanParam PageQuery page) {
        return tokens.list(page);
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create an API token", description = "The answer carries the secret; it is stored hashed and never shown again.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiToken.class)))
    public CreatedApiToken createApiToken(@Valid @NotNull CreateApiToken body) {
        return tokens.create(body, actor.kind() == CurrentActor.Kind.USER ? actor.id() : null);
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke an API token", description = "It stops working at once.")
    public ApiTokenView revokeApiToken(@RestPath long id) {
        return tokens.revoke(id);
    }
}
