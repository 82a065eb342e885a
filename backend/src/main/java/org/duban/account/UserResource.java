package org.duban.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.duban.account.UserDtos.CreateUser;
import org.duban.account.UserDtos.ResetPassword;
import org.duban.account.UserDtos.UpdateUser;
import org.duban.account.UserDtos.UserView;
import org.duban.common.Api;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Responses;
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

@Path(Api.BASE + "/users")
@Tag(name = "Users", description = "Accounts of people; ADMIN only")
@RolesAllowed(Roles.ADMIN)
public class UserResource {
    private final UserService users;
    private final CurrentActor actor;

    UserResource(UserService users, CurrentActor actor) {
        this.users = users;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "List accounts", description = "Sort fields: username, displayName, createdAt.")
    public PageView<UserView> listUsers(@RestQuery Role role, @RestQuery Long unitId, @RestQuery Boolean enabled,
            @RestQuery @Parameter(description = "Text contained in the username or display name") String q,
            @Valid @BeanParam PageQuery page) {
        return users.list(role, unitId, enabled, q, page);
    }

    @POST
    @Operation(summary = "Create an account")
    @APIResponse(responseCode = "201", description = "Created; Location names the new account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public RestResponse<UserView> createUser(@Valid @NotNull CreateUser body) {
        UserView view = users.create(body);
        return Responses.created(Api.BASE + "/users/" + view.id(), view, view.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an account")
    public RestResponse<UserView> getUser(@RestPath long id) {
        UserView view = users.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an account's name, roles, unit and enabled flag",
            description = "Disabling an account signs it out everywhere at once.")
    public RestResponse<UserView> updateUser(@RestPath long id,
            @RestHeader("If-Match") @Parameter(required = true, description = Api.IF_MATCH_DESCRIPTION) String ifMatch,
            @Valid @NotNull UpdateUser body) {
        UserView view = users.update(id, ifMatch, body, actor.id());
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/password")
    @ResponseStatus(204)
    @Operation(summary = "Set a new password for an account", description = "Also unlocks it and signs it out everywhere.")
    @APIResponse(responseCode = "204", description = "Done")
    public void resetUserPassword(@RestPath long id, @Valid @NotNull ResetPassword body) {
        users.resetPassword(id, body.newPassword());
    }
}
