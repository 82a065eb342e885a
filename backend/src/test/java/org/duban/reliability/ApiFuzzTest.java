package org.duban.reliability;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Fuzzes every operation of openapi.yaml with generated requests (see {@link ApiFuzzer}): valid-ish requests built from
 * the schemas with the ids of real rows, and seeded mutations of them. Every answer must be below 500, declared by the
 * contract and valid against it, every 4xx problem+json, and no body may show a stack trace, SQL or a class name.
 *
 * <ul>
 * <li>{@link #fuzzEveryOperation()} (tag "fuzz", left out of a normal run): {@code mvn test -Pfuzz} or
 * {@code make fuzz}; 10,000 requests unless {@code -Dfuzz.requests=N}.</li>
 * <li>{@link #smallPass()}: 1,000 requests in every {@code make test} ({@code -Dfuzz.smallRequests=N}, 0 to skip).</li>
 * </ul>
 * The seed is printed; {@code -Dfuzz.seed=S} repeats a run's requests. {@code -Dfuzz.threads=N} (default 3).
 */
@QuarkusTest
class ApiFuzzTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    @Tag("fuzz")
    void fuzzEveryOperation() throws Exception {
        run(Integer.getInteger("fuzz.requests", 10_000));
    }

    @Test
    void smallPass() throws Exception {
        int requests = Integer.getInteger("fuzz.smallRequests", 1_000);
        if (requests > 0) {
            run(requests);
        }
    }

    private void run(int requests) throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        new ApiFuzzer(base.toURI(), seed, requests, Integer.getInteger("fuzz.threads", 3)).run();
    }
}
