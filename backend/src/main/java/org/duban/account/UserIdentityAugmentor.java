package org.duban.account;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified access token into the person it names, as they are now: a disabled or deleted
 * account stops working at once, and role or unit changes apply without waiting for a new token.
 */
@ApplicationScoped
public class UserIdentityAugmentor implements SecurityIdentityAugmentor {
    private final AppUserRepository users;

    UserIdentityAugmentor(AppUserRepository users) {
        this.users = users;
    }

    private static long passwordStamp(JsonWebToken jwt) {
        Object claim = jwt.getClaim(AuthService.PASSWORD_STAMP_CLAIM);
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : -1;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> QuarkusTransaction.joiningExisting().call(() -> {
            long userId;
            try {
                userId = Long.parseLong(jwt.getSubject());
            } catch (NumberFormatException e) {
                throw new AuthenticationFailedException("token without a user");
            }
            AppUser user = users.findByIdOptional(userId).orElseThrow(() -> new AuthenticationFailedException("unknown user"));
            if (!user.enabled || user.isLockedAt(OffsetDateTime.now())
                    || passwordStamp(jwt) != user.passwordChangedAt.toInstant().toEpochMilli()) {
                throw new AuthenticationFailedException("account disabled, locked or password changed");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(jwt)
                    .addCredentials(identity.getCredentials())
                    .addAttribute(CurrentActor.KIND, CurrentActor.Kind.USER.name())
                    .addAttribute(CurrentActor.ID, user.id);
            user.roles.forEach(role -> builder.addRole(role.name()));
            if (user.unit != null) {
                builder.addAttribute(CurrentActor.UNIT_ID, user.unit.id);
            }
            Panache.getEntityManager().detach(user);
            return builder.build();
        }));
    }
}
