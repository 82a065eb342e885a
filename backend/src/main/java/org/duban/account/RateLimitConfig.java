package org.duban.account;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request budget of API tokens ({@code duban.rate-limit.*}, e.g. DUBAN_RATE_LIMIT_PER_MINUTE). */
@ConfigMapping(prefix = "duban.rate-limit")
public interface RateLimitConfig {
    /** Whether API-token calls are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a token may make per minute, and also its burst (a rested token may make this many at once). */
    @WithDefault("600")
    @Min(1)
    int perMinute();
}
