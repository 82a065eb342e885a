package org.duban.support;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Import jobs run in the background: tests wait for them here. */
public final class Imports {
    private Imports() {
    }

    /** Waits for a job to end and returns it. */
    public static JsonPath await(java.util.function.Supplier<RequestSpecification> as, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonPath job = as.get().get("/api/v1/imports/{id}", id).then().statusCode(200).extract().jsonPath();
            String state = job.getString("state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + id + " did not end: " + job.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
