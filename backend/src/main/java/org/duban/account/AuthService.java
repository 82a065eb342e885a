package org.duban.account;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.jwt.build.Jwt;
import org.duban.account.AuthDtos.TokenPair;
import org.duban.audit.AuditLog;
import org.duban.audit.AuditLog.Actor;
import org.duban.common.InvalidInput;
import org.duban.common.Unauthorized;

/** Sign-in with lockout, token issue and rotation, sign-out and password change. */
@ApplicationScoped
public class AuthService {
    /** The one answer for every failed sign-in, so it does not tell whether a username exists. */
    static final String PASSWORD_STAMP_CLAIM = "pwd";
    static final String BAD_CREDENTIALS = "invalid username or password, or the account is locked";

    private final AppUserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final AuditLog audit;
    private final AuthConfig config;

    AuthService(AppUserRepository users, RefreshTokenRepository refreshTokens, AuditLog audit, AuthConfig config) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.config = config;
    }

    /** Checks the password (in its own transaction, so failures are counted and audited) then issues tokens. */
    public TokenPair login(String username, String password) {
        Optional<TokenPair> tokens = QuarkusTransaction.requiringNew().call(() -> attemptLogin(username, password));
        return tokens.orElseThrow(() -> new Unauthorized(BAD_CREDENTIALS));
    }

    private Optional<TokenPair> attemptLogin(String username, String password) {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<AppUser> found = users.findByUsername(username);
        if (found.isEmpty()) {
            Passwords.burnComparison(password);
            audit.record(new Actor("ANONYMOUS", null, truncate(username)), "LOGIN_FAILURE", "user", null, null,
                    Map.of("reason", "unknown username"));
            return Optional.empty();
        }
        AppUser user = found.get();
        Actor actor = new Actor("USER", user.id, user.username);
        if (!user.enabled || user.isLockedAt(now)) {
            Passwords.burnComparison(password);
            audit.record(actor, "LOGIN_FAILURE", "user", user.id, null,
                    Map.of("reason", user.enabled ? "locked" : "disabled"));
            return Optional.empty();
        }
        if (!Passwords.matches(password, user.passwordHash)) {
            boolean locked = user.recordFailedLogin(now, config.maxFailedLogins(), config.lockDuration());
            audit.record(actor, locked ? "LOGIN_LOCKED" : "LOGIN_FAILURE", "user", user.id, null,
                    Map.of("reason", "wrong password"));
            return Optional.empty();
        }
        user.recordSuccessfulLogin();
        audit.record(actor, "LOGIN_SUCCESS", "user", user.id, null, null);
        return Optional.of(issue(user, now));
    }

    /** Exchanges a refresh token for a new pair; the old refresh token stops working. */
    @Transactional
    public TokenPair refresh(String refreshToken) {
        OffsetDateTime now = OffsetDateTime.now();
        RefreshToken stored = refreshTokens.findByHash(Secrets.sha256(refreshToken))
                .filter(token -> token.isUsableAt(now))
                .orElseThrow(() -> new Unauthorized("the refresh token is invalid, expired or revoked"));
        AppUser user = stored.user;
        if (!user.enabled || user.isLockedAt(now)) {
            throw new Unauthorized("the refresh token is invalid, expired or revoked");
        }
        stored.revokedAt = now;
        return issue(user, now);
    }

    @Transactional
    public void logout(String refreshToken) {
        refreshTokens.findByHash(Secrets.sha256(refreshToken)).filter(token -> token.revokedAt == null).ifPresent(token -> {
            token.revokedAt = OffsetDateTime.now();
            audit.record(new Actor("USER", token.user.id, token.user.username), "LOGOUT", "user", token.user.id, null, null);
        });
    }

    /** Changes the caller's password and signs out their other sessions. */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword) {
        AppUser user = users.findByIdOptional(userId).orElseThrow(() -> new Unauthorized("unknown user"));
        if (!Passwords.matches(currentPassword, user.passwordHash)) {
            throw new InvalidInput("currentPassword", "is not the current password");
        }
        Passwords.checkPolicy("newPassword", newPassword, user.username);
        if (Passwords.matches(newPassword, user.passwordHash)) {
            throw new InvalidInput("newPassword", "must differ from the current password");
        }
        user.passwordHash = Passwords.hash(newPassword);
        user.passwordChangedAt = OffsetDateTime.now();
        refreshTokens.revokeAllOf(user, user.passwordChangedAt);
        audit.record("PASSWORD_CHANGE", "user", user.id, null, null);
    }

    private TokenPair issue(AppUser user, OffsetDateTime now) {
        long lifetime = config.accessTokenLifetime().toSeconds();
        String access = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(String.valueOf(user.id))
                .upn(user.username)
                // lets the server refuse tokens issued before the last password change
                .claim(PASSWORD_STAMP_CLAIM, user.passwordChangedAt.toInstant().toEpochMilli())
                .groups(user.roles.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()))
                .issuedAt(now.toInstant())
                .expiresAt(now.toInstant().plusSeconds(lifetime))
                .jws().keyId("duban")
                .sign(JwtKeys.privateKey());
        String refresh = Secrets.newSecret("dbr_");
        RefreshToken stored = new RefreshToken();
        stored.user = user;
        stored.tokenHash = Secrets.sha256(refresh);
        stored.expiresAt = now.plus(config.refreshTokenLifetime());
        refreshTokens.persist(stored);
        return new TokenPair(access, refresh, lifetime, "Bearer");
    }

    private static String truncate(String username) {
        return username.length() <= 64 ? username : username.substring(0, 64);
    }
}
