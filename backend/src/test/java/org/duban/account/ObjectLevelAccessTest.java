package org.duban.account;

import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

/** A reporter of unit A, or a token bound to A, never reaches unit B's data. */
@QuarkusTest
class ObjectLevelAccessTest {

    @Test
    void reportersSeeOnlyTheirOwnUnitsAssignments() {
        var context = Fixtures.taskContext();
        long unitA = Fixtures.unit("PREFECTURE", null);
        long unitB = Fixtures.unit("PREFECTURE", null);
        long ownAssignment = Fixtures.assignment(context.taskId(), unitA, "LEAD", "2024-12-31");
        long foreignAssignment = Fixtures.assignment(context.taskId(), unitB, "CO", "2024-12-31");
        String reporterA = Auth.reporterOf(unitA);
        String tokenA = Auth.apiToken(List.of("read"), unitA);

        for (String callerA : List.of(reporterA, tokenA)) {
            as(callerA).queryParam("planId", context.planId()).get("/api/v1/assignments").then().statusCode(200)
                    .body("total", equalTo(1)).body("items.unitId", everyItem(equalTo((int) unitA)));
            as(callerA).queryParam("unitId", unitA).get("/api/v1/assignments").then().statusCode(200)
                    .body("items.id", contains((int) ownAssignment));
            as(callerA).queryParam("unitId", unitB).get("/api/v1/assignments").then().statusCode(403)
                    .body("errors[0].field", equalTo("unitId"));
            as(callerA).get("/api/v1/assignments/{id}", ownAssignment).then().statusCode(200);
            as(callerA).get("/api/v1/assignments/{id}", foreignAssignment).then().statusCode(404);
        }
        // the plan itself is open to reporters
        as(reporterA).get("/api/v1/tasks/{id}", context.taskId()).then().statusCode(200);
        // and a reporter of B sees B's, not A's
        as(Auth.reporterOf(unitB)).get("/api/v1/assignments/{id}", ownAssignment).then().statusCode(404);
    }

    @Test
    void reportersCannotWriteAssignmentsOfAnyUnit() {
        var context = Fixtures.taskContext();
        long unitA = Fixtures.unit("COUNTY", null);
        long unitB = Fixtures.unit("COUNTY", null);
        long own = Fixtures.assignment(context.taskId(), unitA, "LEAD", "2024-12-31");
        String reporterA = Auth.reporterOf(unitA);
        Map<String, Object> done = Map.of("role", "LEAD", "dueDate", "2024-12-31", "status", "COMPLETED", "progress", 100);

        as(reporterA).header("If-Match", "\"0\"").body(done).put("/api/v1/assignments/{id}", own).then().statusCode(403);
        as(reporterA).body(Map.of("dueDate", "2024-12-31", "units", List.of(Map.of("unitId", unitB, "role", "CO"))))
                .post("/api/v1/tasks/{taskId}/assignments", context.taskId()).then().statusCode(403);
        as(reporterA).body(Map.of("taskId", context.taskId(), "unitId", unitB, "role", "CO", "dueDate", "2024-12-31"))
                .post("/api/v1/assignments").then().statusCode(403);
        as(reporterA).header("If-Match", "\"0\"").delete("/api/v1/assignments/{id}", own).then().statusCode(403);
        as(Auth.supervisor()).queryParam("taskId", context.taskId()).get("/api/v1/assignments").then()
                .body("total", equalTo(1)).body("items[0].status", equalTo("NOT_STARTED"));
    }
}
