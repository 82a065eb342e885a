package org.duban.common;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key: holds at most {@code perMinute} requests (the burst), refills continuously at
 * {@code perMinute} a minute, and each request takes one. The buckets live in this instance's memory, so
 * with several instances behind a balancer a caller may get up to that many times the limit; the keys are
 * callers the server already knows (API token ids), so the map stays as small as the token table.
 */
public final class RateLimiter {
    public static final String LIMIT_HEADER = "RateLimit-Limit";
    public static final String REMAINING_HEADER = "RateLimit-Remaining";
    private static final double NANOS_PER_MINUTE = 60e9;
    /** Refills are fractions; a bucket that is full to within rounding counts as full. */
    private static final double EPSILON = 1e-9;

    /** The outcome of one request: allowed or not, the requests left now, and when to retry if not. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<Object, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be 1 or more, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    public RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    public int perMinute() {
        return perMinute;
    }

    /** Takes one request from {@code key}'s bucket, which starts full. */
    public Decision take(Object key) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Decision take(long now) {
            tokens = Math.min(perMinute, tokens + Math.max(0, now - refilledAt) * perMinute / NANOS_PER_MINUTE);
            refilledAt = now;
            if (tokens >= 1 - EPSILON) {
                tokens = Math.max(0, tokens - 1);
                return new Decision(true, perMinute, (int) Math.floor(tokens), 0);
            }
            long retryAfter = (long) Math.ceil((1 - tokens) * 60 / perMinute);
            return new Decision(false, perMinute, 0, Math.max(1, retryAfter));
        }
    }
}
