package org.duban.assignment;

import static org.duban.support.ApiSpec.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentResourceTest {

    private static Map<String, Object> bulk(String dueDate, Object... unitRoles) {
        List<Map<String, Object>> units = new java.util.ArrayList<>();
        for (int i = 0; i < unitRoles.length; i += 2) {
            units.add(Map.of("unitId", unitRoles[i], "role", unitRoles[i + 1]));
        }
        return Map.of("dueDate", dueDate, "units", units, "note", "按期完成");
    }

    private static long countFor(long taskId) {
        return api().queryParam("taskId", taskId).get("/api/v1/assignments").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void assignsOneTaskToOneUnit() {
        var context = Fixtures.taskContext();
        long unit = Fixtures.unit("青海省司法厅" + Fixtures.unique(""), "PROVINCIAL_DEPARTMENT", null);
        api().body(Map.of("taskId", context.taskId(), "unitId", unit, "role", "LEAD", "dueDate", "2024-12-31"))
                .post("/api/v1/assignments")
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("taskId", equalTo((int) context.taskId())).body("taskNumber", equalTo("1"))
                .body("planId", equalTo((int) context.planId())).body("sectionId", equalTo((int) context.sectionId()))
                .body("role", equalTo("LEAD")).body("status", equalTo("NOT_STARTED")).body("progress", equalTo(0));
        api().body(Map.of("taskId", context.taskId(), "unitId", unit, "role", "CO", "dueDate", "2024-12-31"))
                .post("/api/v1/assignments").then().statusCode(409);
        api().body(Map.of("taskId", context.taskId(), "unitId", Long.MAX_VALUE, "role", "CO", "dueDate", "2024-12-31"))
                .post("/api/v1/assignments").then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        api().body(Map.of("taskId", context.taskId(), "unitId", unit, "role", "BOSS", "dueDate", "2024-12-31"))
                .post("/api/v1/assignments").then().statusCode(400).body("errors[0].field", equalTo("role"));
        api().body(Map.of("taskId", context.taskId(), "unitId", unit, "role", "CO", "status", "COMPLETED", "dueDate", "2024-12-31"))
                .post("/api/v1/assignments").then().statusCode(400).body("errors[0].field", equalTo("status"));
        org.junit.jupiter.api.Assertions.assertEquals(1, countFor(context.taskId()));
    }

    @Test
    void assignsATaskToSeveralUnitsAtOnce() {
        var context = Fixtures.taskContext();
        long xining = Fixtures.unit("PREFECTURE", null);
        long haidong = Fixtures.unit("PREFECTURE", null);
        api().body(bulk("2024-11-30", xining, "LEAD", haidong, "CO"))
                .post("/api/v1/tasks/{taskId}/assignments", context.taskId())
                .then().statusCode(201)
                .body("", hasSize(2))
                .body("unitId", contains((int) xining, (int) haidong))
                .body("role", contains("LEAD", "CO"))
                .body("dueDate", contains("2024-11-30", "2024-11-30"))
                .body("note", contains("按期完成", "按期完成"));
        api().get("/api/v1/tasks/{id}", context.taskId()).then().body("assignmentCount", equalTo(2));
    }

    @Test
    void bulkAssignmentIsAllOrNothing() {
        var context = Fixtures.taskContext();
        long assigned = Fixtures.unit("COUNTY", null);
        long fresh = Fixtures.unit("COUNTY", null);
        Fixtures.assignment(context.taskId(), assigned, "LEAD", "2024-12-31");

        api().body(bulk("2024-12-31", fresh, "CO", assigned, "CO"))
                .post("/api/v1/tasks/{taskId}/assignments", context.taskId())
                .then().statusCode(409).body("errors[0].field", equalTo("units[1].unitId"));
        api().body(bulk("2024-12-31", fresh, "CO", Long.MAX_VALUE, "CO", fresh, "LEAD"))
                .post("/api/v1/tasks/{taskId}/assignments", context.taskId())
                .then().statusCode(400).body("errors.field", contains("units[1].unitId", "units[2].unitId"));
        api().body(Map.of("dueDate", "2024-12-31", "units", List.of()))
                .post("/api/v1/tasks/{taskId}/assignments", context.taskId())
                .then().statusCode(400).body("errors[0].field", equalTo("units"));
        api().body(Map.of("dueDate", "2024-12-31", "units", List.of(Map.of("role", "CO"))))
                .post("/api/v1/tasks/{taskId}/assignments", context.taskId())
                .then().statusCode(400).body("errors[0].field", equalTo("units[0].unitId"));
        api().body(bulk("2024-12-31", fresh, "CO")).post("/api/v1/tasks/{taskId}/assignments", Long.MAX_VALUE)
                .then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(1, countFor(context.taskId()));
    }

    @Test
    void filtersAssignments() {
        var context = Fixtures.taskContext();
        long second = Fixtures.task(context.planId(), context.sectionId(), "2");
        long lead = Fixtures.unit("甲厅" + Fixtures.unique(""), "PROVINCIAL_DEPARTMENT", null);
        long helper = Fixtures.unit("乙厅" + Fixtures.unique(""), "PROVINCIAL_DEPARTMENT", null);
        Fixtures.assignment(context.taskId(), lead, "LEAD", "2024-06-30");
        Fixtures.assignment(context.taskId(), helper, "CO", "2024-12-31");
        long third = Fixtures.assignment(second, lead, "LEAD", "2024-09-30");
        api().header("If-Match", "\"0\"")
                .body(Map.of("role", "LEAD", "dueDate", "2024-09-30", "status", "IN_PROGRESS", "progress", 40))
                .put("/api/v1/assignments/{id}", third).then().statusCode(200);

        api().queryParam("planId", context.planId()).get("/api/v1/assignments").then().statusCode(200)
                .body("total", equalTo(3)).body("items.taskNumber", contains("1", "1", "2"));
        api().queryParam("unitId", lead).queryParam("planId", context.planId()).get("/api/v1/assignments")
                .then().body("items.taskNumber", contains("1", "2"));
        api().queryParam("planId", context.planId()).queryParam("role", "CO").get("/api/v1/assignments")
                .then().body("items.unitId", contains((int) helper));
        api().queryParam("planId", context.planId()).queryParam("status", "IN_PROGRESS").get("/api/v1/assignments")
                .then().body("items.id", contains((int) third));
        api().queryParam("planId", context.planId()).queryParam("dueFrom", "2024-07-01").queryParam("dueTo", "2024-10-31")
                .get("/api/v1/assignments").then().body("items.id", contains((int) third));
        api().queryParam("sectionId", context.sectionId()).queryParam("q", "乙厅").get("/api/v1/assignments")
                .then().body("items.unitId", contains((int) helper));
        api().queryParam("planId", context.planId()).queryParam("sort", "-dueDate").queryParam("size", 2)
                .get("/api/v1/assignments").then().body("items.dueDate", contains("2024-12-31", "2024-09-30"))
                .body("total", equalTo(3));
        api().queryParam("dueFrom", "2024-12-01").queryParam("dueTo", "2024-01-01").get("/api/v1/assignments")
                .then().statusCode(400).body("errors[0].field", equalTo("dueTo"));
        api().queryParam("dueFrom", "yesterday").get("/api/v1/assignments").then().statusCode(400);
    }

    @Test
    void updatesAssignmentsConsistently() {
        var context = Fixtures.taskContext();
        long id = Fixtures.assignment(context.taskId(), Fixtures.unit("COUNTY", null), "CO", "2024-12-31");
        Map<String, Object> done = Map.of("role", "LEAD", "dueDate", "2024-12-31", "status", "COMPLETED", "progress", 100);

        api().body(done).put("/api/v1/assignments/{id}", id).then().statusCode(428);
        api().header("If-Match", "\"1\"").body(done).put("/api/v1/assignments/{id}", id).then().statusCode(412);
        api().header("If-Match", "\"0\"")
                .body(Map.of("role", "LEAD", "dueDate", "2024-12-31", "status", "COMPLETED", "progress", 90))
                .put("/api/v1/assignments/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("progress"));
        api().header("If-Match", "\"0\"")
                .body(Map.of("role", "LEAD", "dueDate", "2024-12-31", "status", "NOT_STARTED", "progress", 10))
                .put("/api/v1/assignments/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("status"));
        api().header("If-Match", "\"0\"")
                .body(Map.of("role", "LEAD", "dueDate", "2024-12-31", "status", "IN_PROGRESS", "progress", 101))
                .put("/api/v1/assignments/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("progress"));
        api().header("If-Match", "\"0\"").body(Map.of("role", "LEAD", "dueDate", "2024-12-31", "status", "IN_PROGRESS",
                "progress", 50, "unitId", 1)).put("/api/v1/assignments/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        api().get("/api/v1/assignments/{id}", id).then().body("version", equalTo(0)).body("role", equalTo("CO"));

        api().header("If-Match", "\"0\"").body(done).put("/api/v1/assignments/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("COMPLETED")).body("progress", equalTo(100))
                .body("role", equalTo("LEAD"));
        api().header("If-Match", "\"1\"").delete("/api/v1/assignments/{id}", id).then().statusCode(204);
        api().get("/api/v1/assignments/{id}", id).then().statusCode(404);
        api().get("/api/v1/assignments/{id}", "1x").then().statusCode(400);
    }

    @Test
    void listsEmptyAnswersAsEmptyPages() {
        api().queryParam("unitId", Long.MAX_VALUE).get("/api/v1/assignments").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
        api().queryParam("role", "LEAD").queryParam("status", "COMPLETED").queryParam("unitId", Long.MAX_VALUE)
                .get("/api/v1/assignments").then().body("items", containsInAnyOrder());
    }
}
