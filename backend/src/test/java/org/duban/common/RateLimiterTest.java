package org.duban.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(123 * SECOND);

    private RateLimiter limiter(int perMinute) {
        return new RateLimiter(perMinute, now::get);
    }

    @Test
    void aRestedKeyMayBurstTheWholeLimitThenIsRefused() {
        RateLimiter limiter = limiter(60);
        for (int i = 59; i >= 0; i--) {
            RateLimiter.Decision decision = limiter.take("t");
            assertTrue(decision.allowed());
            assertEquals(60, decision.limit());
            assertEquals(i, decision.remaining());
        }
        RateLimiter.Decision refused = limiter.take("t");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.retryAfterSeconds(), "60 a minute refills one a second");
    }

    @Test
    void refillsContinuouslyAtTheLimitPerMinuteAndNeverBeyondTheBurst() {
        RateLimiter limiter = limiter(6); // one every 10 s
        for (int i = 0; i < 6; i++) {
            limiter.take("t");
        }
        RateLimiter.Decision refused = limiter.take("t");
        assertEquals(10, refused.retryAfterSeconds());
        now.addAndGet(4 * SECOND);
        assertEquals(6, limiter.take("t").retryAfterSeconds(), "retry-after counts down");
        now.addAndGet(6 * SECOND);
        assertTrue(limiter.take("t").allowed());
        assertFalse(limiter.take("t").allowed());
        now.addAndGet(3600 * SECOND);
        assertEquals(5, limiter.take("t").remaining(), "an hour's rest refills only up to the burst");
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(1);
        assertTrue(limiter.take(1L).allowed());
        assertFalse(limiter.take(1L).allowed());
        assertTrue(limiter.take(2L).allowed());
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0));
    }

    /** Over any stretch of time a key gets at most the burst plus what the rate refilled meanwhile. */
    @Test
    void neverAllowsMoreThanBurstPlusRefill() {
        long seed = Long.getLong("duban.ratelimit.seed", System.nanoTime());
        System.out.println("RateLimiterTest seed " + seed + " (rerun with -Dduban.ratelimit.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            int perMinute = 1 + random.nextInt(1000);
            long start = now.get();
            RateLimiter limiter = limiter(perMinute);
            int allowed = 0;
            int requests = 1 + random.nextInt(3000);
            for (int i = 0; i < requests; i++) {
                now.addAndGet((long) (random.nextDouble() * random.nextDouble() * 2 * SECOND));
                RateLimiter.Decision decision = limiter.take("k");
                if (decision.allowed()) {
                    allowed++;
                } else {
                    assertTrue(decision.retryAfterSeconds() >= 1, "seed " + seed);
                    if (random.nextBoolean()) {
                        // whoever waits as long as Retry-After says gets through
                        now.addAndGet(decision.retryAfterSeconds() * SECOND);
                        decision = limiter.take("k");
                        assertTrue(decision.allowed(), "seed " + seed + ": refused after waiting Retry-After");
                        allowed++;
                    }
                }
                double elapsedMinutes = (now.get() - start) / (60.0 * SECOND);
                assertTrue(allowed <= perMinute + elapsedMinutes * perMinute + 1e-6,
                        "seed " + seed + ": " + allowed + " allowed at " + perMinute + "/min after " + elapsedMinutes + " min");
                assertTrue(decision.remaining() >= 0 && decision.remaining() <= perMinute, "seed " + seed);
            }
        }
    }
}
