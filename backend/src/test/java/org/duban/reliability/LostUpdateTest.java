package org.duban.reliability;

import static org.duban.support.ApiSpec.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Lost updates under fire: 50 threads each send 20 replacements of one plan, every one carrying the
 * ETag it last saw. Optimistic locking must let exactly one writer per version win: the final version
 * equals the number of 2xx answers, every other answer is 412, none is a 5xx.
 */
@QuarkusTest
class LostUpdateTest {
    @Test
    void aThousandConflictingPutsLoseNothing() throws Exception {
        String code = Fixtures.unique("LOST");
        long plan = Fixtures.plan(code, "并发修改测试");
        long initialVersion = api().get("/api/v1/plans/{id}", plan).then().statusCode(200).extract().jsonPath().getLong("version");
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    String etag = api().get("/api/v1/plans/{id}", plan).then().extract().header("ETag");
                    Map<String, Object> body = Fixtures.planInput(code, "并发修改 " + thread + "-" + i);
                    Response answer = api().header("If-Match", etag).body(body).put("/api/v1/plans/{id}", plan);
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        int ok = statuses.getOrDefault(200, new AtomicInteger()).get();
        int stale = statuses.getOrDefault(412, new AtomicInteger()).get();
        long finalVersion = api().get("/api/v1/plans/{id}", plan).then().statusCode(200).extract().jsonPath().getLong("version");
        System.out.printf("lost updates: 1000 PUTs → %d × 200, %d × 412, statuses %s; version %d → %d%n", ok, stale, statuses,
                initialVersion, finalVersion);
        assertEquals(1000, ok + stale, "every answer is 200 or 412: " + statuses);
        assertTrue(ok >= 1);
        assertEquals(initialVersion + ok, finalVersion, "each success made exactly one version");
        api().body(Fixtures.planInput(code, "没有 If-Match")).put("/api/v1/plans/{id}", plan).then().statusCode(428);
    }
}
