package org.duban.common;

import java.util.Map;

/** The caller has used up its request budget; {@link #headers()} tell it when to come back. */
public class TooManyRequests extends DomainException {
    private final Map<String, String> headers;

    public TooManyRequests(RateLimiter.Decision decision) {
        super("Too many requests for this API token: at most " + decision.limit() + " a minute; retry in "
                + decision.retryAfterSeconds() + " s", null);
        this.headers = Map.of("Retry-After", Long.toString(decision.retryAfterSeconds()),
                RateLimiter.LIMIT_HEADER, Integer.toString(decision.limit()),
                RateLimiter.REMAINING_HEADER, Integer.toString(decision.remaining()));
    }

    @Override public int status() { return 429; }
    @Override public String slug() { return "rate-limited"; }
    @Override public String title() { return "Too many requests"; }

    @Override
    public Map<String, String> headers() {
        return headers;
    }
}
