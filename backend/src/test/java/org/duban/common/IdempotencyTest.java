package org.duban.common;

import static org.duban.support.ApiSpec.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {
    @Test
    void manyConcurrentRetriesUnderOneKeyCreateOneRowAndGetTheSameAnswer() throws Exception {
        String code = Fixtures.unique("IDEM");
        Map<String, Object> body = Fixtures.planInput(code, "幂等测试 " + code);
        String key = Fixtures.unique("key");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(() -> {
                // a client retries while the first request is still in flight (409) until it gets the answer
                while (true) {
                    Response response = api().header("Idempotency-Key", key).body(body).post("/api/v1/plans");
                    if (response.statusCode() != 409) {
                        return response;
                    }
                    Thread.sleep(20);
                }
            });
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> future : pool.invokeAll(calls)) {
            answers.add(future.get());
        }
        pool.shutdown();
        Set<String> bodies = new HashSet<>();
        Set<String> locations = new HashSet<>();
        int replayed = 0;
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            bodies.add(answer.asString());
            locations.add(answer.header("Location"));
            replayed += "true".equals(answer.header("Idempotent-Replayed")) ? 1 : 0;
        }
        assertEquals(1, bodies.size(), "identical bodies");
        assertEquals(1, locations.size());
        assertEquals(199, replayed);
        api().queryParam("q", code).get("/api/v1/plans").then().statusCode(200).body("total", equalTo(1));
        System.out.printf("idempotency: 200 POSTs with one key from 20 threads → 1 plan, %d replays%n", replayed);
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndA5xxIsNotKept() {
        String key = Fixtures.unique("key");
        Map<String, Object> first = Fixtures.planInput(Fixtures.unique("IDEM"), "幂等测试");
        api().header("Idempotency-Key", key).body(first).post("/api/v1/plans").then().statusCode(201);
        api().header("Idempotency-Key", key).body(Fixtures.planInput(Fixtures.unique("IDEM"), "另一个")).post("/api/v1/plans")
                .then().statusCode(422).contentType(startsWith("application/problem+json"));
        // a rejected request is remembered as it was answered
        String bad = Fixtures.unique("key");
        Map<String, Object> invalid = Fixtures.planInput(Fixtures.unique("IDEM"), "");
        api().header("Idempotency-Key", bad).body(invalid).post("/api/v1/plans").then().statusCode(400);
        Response again = api().header("Idempotency-Key", bad).body(invalid).post("/api/v1/plans");
        again.then().statusCode(400).contentType(startsWith("application/problem+json"));
        assertTrue("true".equals(again.header("Idempotent-Replayed")));
        api().header("Idempotency-Key", " ").body(first).post("/api/v1/plans").then().statusCode(400);
    }
}
