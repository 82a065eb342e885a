package org.duban.account;

import static io.restassured.RestAssured.given;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.duban.support.Auth;
import org.junit.jupiter.api.Test;

/** API tokens get duban.rate-limit.per-minute requests a minute (600 by default, also the burst); people are not limited. */
@QuarkusTest
class ApiTokenRateLimitTest {
    private static final int LIMIT = 600;

    @Test
    void everyAnswerToATokenCarriesItsBudget() {
        String token = Auth.apiToken(List.of("read"), null);
        // the bucket refills 10 a second meanwhile, so the exact count left may be one or two higher
        as(token).get("/api/v1/plans").then().statusCode(200)
                .header("RateLimit-Limit", String.valueOf(LIMIT))
                .header("RateLimit-Remaining", String.valueOf(LIMIT - 1));
        as(token).get("/api/v1/plans").then().statusCode(200)
                .header("RateLimit-Remaining", Integer::parseInt, allOf(greaterThanOrEqualTo(LIMIT - 2), lessThan(LIMIT)));
        // refused and missing answers count and say so too
        as(token).get("/api/v1/plans/{id}", Long.MAX_VALUE).then().statusCode(404)
                .header("RateLimit-Limit", String.valueOf(LIMIT))
                .header("RateLimit-Remaining", Integer::parseInt, allOf(greaterThanOrEqualTo(LIMIT - 3), lessThan(LIMIT)));
        as(token).get("/api/v1/notifications").then().statusCode(403)
                .header("RateLimit-Limit", String.valueOf(LIMIT));
    }

    @Test
    void aTokenOverItsBudgetGets429WithRetryAfterWhileOtherTokensGoOn() throws Exception {
        String token = Auth.apiToken(List.of("read"), null);
        String other = Auth.apiToken(List.of("read"), null);
        // a burst of more than the limit, eight at a time
        int requests = LIMIT + 200;
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                statuses.add(pool.submit(() -> client.send(me, HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            int ok = 0;
            int refused = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                ok += code == 200 ? 1 : 0;
                refused += code == 429 ? 1 : 0;
            }
            double refilled = (System.nanoTime() - started) / 1e9 * LIMIT / 60;
            assertEquals(requests, ok + refused, "only 200 and 429 expected");
            assertTrue(ok >= LIMIT, "refused after only " + ok + " requests");
            assertTrue(ok <= LIMIT + refilled + 1, ok + " requests got through, more than the burst and the refill");
            assertTrue(refused > 0, "never refused");
        } finally {
            pool.shutdownNow();
        }

        // requests outpace the refill, so the token stays refused; one such answer checked against the contract
        Response refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            Response response = as(token).get("/api/v1/me");
            refused = response.statusCode() == 429 ? response : null;
        }
        assertTrue(refused != null, "a token over its budget got through again at once");
        refused.then().contentType("application/problem+json")
                .body("status", equalTo(429)).body("title", equalTo("Too many requests"))
                .header("Retry-After", "1")
                .header("RateLimit-Limit", String.valueOf(LIMIT))
                .header("RateLimit-Remaining", "0");

        as(other).get("/api/v1/plans").then().statusCode(200).header("RateLimit-Remaining", String.valueOf(LIMIT - 1));
    }

    @Test
    void signedInPeopleAreNotMetered() {
        as(Auth.supervisor()).get("/api/v1/plans").then().statusCode(200)
                .header("RateLimit-Limit", nullValue()).header("RateLimit-Remaining", nullValue());
    }

    @Test
    void publicOperationsNeitherCheckNorCountTokens() {
        String token = Auth.apiToken(List.of("read"), null);
        as(token).get("/api/v1/public/plans").then().statusCode(200).header("RateLimit-Limit", nullValue());
        as(token).get("/api/v1/plans").then().statusCode(200).header("RateLimit-Remaining", String.valueOf(LIMIT - 1));
    }

    @Test
    void unknownTokensAreStill401AndNotMetered() {
        given().auth().oauth2("dbn_" + "B".repeat(43)).get("/api/v1/plans").then().statusCode(401)
                .header("RateLimit-Limit", nullValue());
    }
}
