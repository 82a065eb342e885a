package org.duban.account;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.duban.account.ApiTokenAuthenticationMechanism.ApiTokenRequest;

/** Looks an API token up by its hash; revoked or expired tokens fail. Scopes become scope:* roles. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {
    /** last_used_at is written at most this often per token, not on every call. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;

    ApiTokenIdentityProvider(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            ApiToken token = tokens.findByHash(Secrets.sha256(request.token()))
                    .filter(found -> found.isUsableAt(now))
                    .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired API token"));
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
                tokens.update("lastUsedAt = ?1 where id = ?2", now, token.id);
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("token:" + token.name))
                    .addAttribute(CurrentActor.KIND, CurrentActor.Kind.TOKEN.name())
                    .addAttribute(CurrentActor.ID, token.id);
            token.scopeSet().forEach(scope -> builder.addRole(Roles.SCOPE_PREFIX + scope));
            if (token.unit != null) {
                builder.addAttribute(CurrentActor.UNIT_ID, token.unit.id);
            }
            return (SecurityIdentity) builder.build();
        }));
    }
}
