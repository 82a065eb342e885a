package org.duban.account;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in settings ({@code duban.auth.*}, e.g. DUBAN_AUTH_MAX_FAILED_LOGINS). */
@ConfigMapping(prefix = "duban.auth")
public interface AuthConfig {
    /** Lifetime of an access token. */
    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    /** Lifetime of a refresh token; each refresh issues a new one. */
    @WithDefault("P7D")
    Duration refreshTokenLifetime();

    /** Failed sign-ins in a row that lock an account. */
    @WithDefault("5")
    int maxFailedLogins();

    /** How long a locked account stays locked. */
    @WithDefault("PT15M")
    Duration lockDuration();

    @WithDefault("duban")
    String issuer();

    @WithDefault("duban-api")
    String audience();

    /** Password of the first ADMIN ("admin"), created when no ADMIN exists; random and logged once when unset. */
    Optional<String> bootstrapAdminPassword();
}
