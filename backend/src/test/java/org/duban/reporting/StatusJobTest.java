package org.duban.reporting;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusJobTest {
    @Inject
    StatusJob job;

    @Inject
    EntityManager em;

    @Test
    void aSlotRunsExactlyOnceWhateverTheNumberOfInstances() throws Exception {
        long slot = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (String instance : List.of("instance-a", "instance-b", "instance-c", "instance-d")) {
                Callable<Boolean> run = () -> job.runSlot(slot, instance, LocalDate.now());
                runs.add(pool.submit(run));
            }
            int ran = 0;
            for (Future<Boolean> run : runs) {
                ran += run.get() ? 1 : 0;
            }
            assertEquals(1, ran, "exactly one instance runs a slot");
        } finally {
            pool.shutdown();
        }
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("select count(*), max(finished_at) is not null from job_run where job = ?1 and slot = ?2")
                .setParameter(1, StatusJob.JOB).setParameter(2, slot).getSingleResult());
        assertEquals(1L, ((Number) row[0]).longValue());
        assertEquals(true, row[1]);
        assertEquals(false, job.runSlot(slot, "latecomer", LocalDate.now()));
    }

    @Test
    void recomputationLightsOverdueAssignmentsRedWithoutTouchingTheirVersion() {
        var context = Fixtures.taskContext();
        long overdue = Fixtures.assignment(context.taskId(), Fixtures.unit("COUNTY", null), "LEAD", "2024-01-31");
        long later = Fixtures.assignment(context.taskId(), Fixtures.unit("COUNTY", null), "CO", "2099-12-31");
        as(Auth.viewer()).post("/api/v1/assignment-status/recompute").then().statusCode(403);
        api().post("/api/v1/assignment-status/recompute").then().statusCode(200);

        api().get("/api/v1/assignments/{id}", overdue).then().body("colour", equalTo("RED"))
                .body("colourReason", equalTo("OVERDUE")).body("version", equalTo(0));
        api().get("/api/v1/assignments/{id}", later).then().body("colour", equalTo("GREEN"));
        api().queryParam("planId", context.planId()).get("/api/v1/assignment-status/summary").then().statusCode(200)
                .body("red", equalTo(1)).body("green", equalTo(1))
                .body("tasks[0].worst", equalTo("RED")).body("sections[0].red", equalTo(1));

        // a red assignment's urge is proposed at RED
        api().body(Map.of("assignmentIds", List.of(overdue), "message", "已逾期，请立即报送"))
                .post("/api/v1/urges").then().statusCode(201).body("[0].level", equalTo("RED"));
    }
}
