package org.duban.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import org.duban.account.AuthDtos.ChangePassword;
import org.duban.account.AuthDtos.LoginRequest;
import org.duban.account.AuthDtos.MeView;
import org.duban.account.AuthDtos.RefreshRequest;
import org.duban.account.AuthDtos.TokenPair;
import org.duban.common.Api;
import org.duban.unit.ResponsibilityUnitRepository;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path(Api.BASE)
@Tag(name = "Authentication", description = "Sign-in, token renewal, sign-out and the caller's own account")
public class AuthResource {
    private final AuthService auth;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final ResponsibilityUnitRepository units;

    AuthResource(AuthService auth, CurrentActor actor, SecurityIdentity identity, AppUserRepository users,
            ApiTokenRepository tokens, ResponsibilityUnitRepository units) {
        this.auth = auth;
        this.actor = actor;
        this.identity = identity;
        this.users = users;
        this.tokens = tokens;
        this.units = units;
    }

    @POST
    @Path("auth/login")
    @PermitAll
    @Operation(summary = "Sign in with username and password",
            description = "401 for a wrong username or password, a disabled account, or one locked after repeated failures — the same answer for each.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Wrong credentials, or the account is disabled or locked")
    public TokenPair login(@Valid @NotNull LoginRequest body) {
        return auth.login(body.username(), body.password());
    }

    @POST
    @Path("auth/refresh")
    @PermitAll
    @Operation(summary = "Exchange a refresh token for a new token pair", description = "The refresh token used stops working.")
    @APIResponse(responseCode = "200", description = "Renewed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "The refresh token is invalid, expired or revoked")
    public TokenPair refresh(@Valid @NotNull RefreshRequest body) {
        return auth.refresh(body.refreshToken());
    }

    @POST
    @Path("auth/logout")
    @PermitAll
    @ResponseStatus(204)
    @Operation(summary = "Sign out: revoke a refresh token")
    @APIResponse(responseCode = "204", description = "Done")
    public void logout(@Valid @NotNull RefreshRequest body) {
        auth.logout(body.refreshToken());
    }

    @POST
    @Path("auth/change-password")
    // people only: API tokens have no password
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER })
    @ResponseStatus(204)
    @Operation(summary = "Change the caller's password", description = "At least 10 characters; signs out the caller's other sessions.")
    @APIResponse(responseCode = "204", description = "Done")
    public void changePassword(@Valid @NotNull ChangePassword body) {
        auth.changePassword(actor.id(), body.currentPassword(), body.newPassword());
    }

    @GET
    @Path("me")
    @Authenticated
    @Transactional
    @Operation(summary = "Who the caller is: roles and unit")
    public MeView me() {
        List<String> roles = new ArrayList<>(identity.getRoles());
        roles.sort(null);
        String unitName = actor.unitId() == null ? null
                : units.findByIdOptional(actor.unitId()).map(unit -> unit.name).orElse(null);
        if (actor.kind() == CurrentActor.Kind.TOKEN) {
            ApiToken token = tokens.findById(actor.id());
            return new MeView("TOKEN", token.id, "token:" + token.name, token.name, roles, actor.unitId(), unitName);
        }
        AppUser user = users.findById(actor.id());
        return new MeView("USER", user.id, user.username, user.displayName, roles, actor.unitId(), unitName);
    }
}
