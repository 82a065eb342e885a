package org.duban.account;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

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
 * Every authenticated request pays for this, so it is one query outside any transaction.
 */
@ApplicationScoped
public class UserIdentityAugmentor implements SecurityIdentityAugmentor {
    private static final String CURRENT_USER = """
            SELECT u.unit_id, (SELECT array_agg(r.role) FROM app_user_role r WHERE r.user_id = u.id) AS roles
            FROM app_user u
            WHERE u.id = ? AND u.enabled AND (u.locked_until IS NULL OR u.locked_until <= now())
              AND floor(extract(epoch FROM u.password_changed_at) * 1000)::bigint = ?
            """;

    private final DataSource dataSource;

    UserIdentityAugmentor(DataSource dataSource) {
        this.dataSource = dataSource;
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
        return context.runBlocking(() -> {
            long userId;
            try {
                userId = Long.parseLong(jwt.getSubject());
            } catch (NumberFormatException e) {
                throw new AuthenticationFailedException("token without a user");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(jwt)
                    .addCredentials(identity.getCredentials())
                    .addAttribute(CurrentActor.KIND, CurrentActor.Kind.USER.name())
                    .addAttribute(CurrentActor.ID, userId);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(CURRENT_USER)) {
                statement.setLong(1, userId);
                statement.setLong(2, passwordStamp(jwt));
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        throw new AuthenticationFailedException("unknown user, account disabled or locked, or password changed");
                    }
                    long unitId = row.getLong("unit_id");
                    if (!row.wasNull()) {
                        builder.addAttribute(CurrentActor.UNIT_ID, unitId);
                    }
                    Array roles = row.getArray("roles");
                    if (roles != null) {
                        for (Object role : (Object[]) roles.getArray()) {
                            builder.addRole((String) role);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the signed-in user", e);
            }
            return builder.build();
        });
    }
}
