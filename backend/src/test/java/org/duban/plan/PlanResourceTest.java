package org.duban.plan;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.Fixtures.planInput;
import static org.duban.support.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

    @Test
    void createsPlanWithLocationAndETag() {
        String code = unique("QH");
        var response = api().body(planInput(code, "青海省2024年法治政府建设工作要点"))
                .post("/api/v1/plans")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("title", equalTo("青海省2024年法治政府建设工作要点"))
                .body("documentNumber", equalTo("青政办函〔2024〕19号"))
                .body("issueDate", equalTo("2024-02-01"))
                .body("sectionCount", equalTo(0))
                .body("version", equalTo(0))
                .extract();
        long id = response.jsonPath().getLong("id");
        api().get(response.header("Location")).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void rejectsInvalidPlanWithFieldErrorsAndWritesNothing() {
        String title = unique("无效");
        api().body(Map.of("code", "has space", "title", title, "year", 1999))
                .post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("code", "year"));
        api().body(Map.of("year", 2024)).post("/api/v1/plans")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("code", "title"));
        api().queryParam("q", title).get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void rejectsUnreadableBodies() {
        api().body("{\"code\": ").post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        Map<String, Object> withUnknown = planInput(unique("P"), "t");
        withUnknown.put("version", 7);
        api().body(withUnknown).post("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        Map<String, Object> wrongDate = planInput(unique("P"), "t");
        wrongDate.put("issueDate", "2024-13-45");
        api().body(wrongDate).post("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("issueDate"));
    }

    @Test
    void rejectsDuplicateCodeWith409() {
        String code = unique("DUP");
        Fixtures.plan(code, "第一个");
        api().body(planInput(code, "第二个")).post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void answersUnknownAndMalformedIds() {
        api().get("/api/v1/plans/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
        api().get("/api/v1/plans/not-a-number").then().statusCode(400).contentType("application/problem+json");
        api().get("/api/v1/no-such-resource").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void replacesPlanWithCurrentETagOnly() {
        long id = Fixtures.plan();
        String etag = Fixtures.etag("/api/v1/plans/{id}", id);
        Map<String, Object> change = planInput(unique("NEW"), "改过的标题");

        api().body(change).put("/api/v1/plans/{id}", id).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"99\"").body(change).put("/api/v1/plans/{id}", id).then().statusCode(412);
        api().get("/api/v1/plans/{id}", id).then().body("title", startsWith("测试工作要点"));

        api().header("If-Match", etag).body(change).put("/api/v1/plans/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("改过的标题"));
        // the old ETag is now stale
        api().header("If-Match", etag).body(planInput(unique("X"), "再改")).put("/api/v1/plans/{id}", id)
                .then().statusCode(412);
        api().header("If-Match", "\"1\"").body(planInput(unique("X"), "t")).put("/api/v1/plans/{id}", Long.MAX_VALUE)
                .then().statusCode(404);
    }

    @Test
    void refusesParentCycles() {
        long parent = Fixtures.plan();
        Map<String, Object> child = planInput(unique("C"), "年度要点");
        child.put("parentId", parent);
        long childId = api().body(child).post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> cycle = planInput(unique("P"), "实施方案");
        cycle.put("parentId", childId);
        api().header("If-Match", "\"0\"").body(cycle).put("/api/v1/plans/{id}", parent)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        Map<String, Object> unknownParent = planInput(unique("P"), "t");
        unknownParent.put("parentId", Long.MAX_VALUE);
        api().body(unknownParent).post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void deletesPlanButNotWhileItsTasksAreAssigned() {
        var context = Fixtures.taskContext();
        long unit = Fixtures.unit("OTHER", null);
        long assignment = Fixtures.assignment(context.taskId(), unit, "LEAD", "2024-12-31");

        api().delete("/api/v1/plans/{id}", context.planId()).then().statusCode(428);
        api().header("If-Match", "\"0\"").delete("/api/v1/plans/{id}", context.planId()).then().statusCode(409);
        api().header("If-Match", "\"0\"").delete("/api/v1/assignments/{id}", assignment).then().statusCode(204);
        api().header("If-Match", "\"0\"").delete("/api/v1/plans/{id}", context.planId()).then().statusCode(204);
        api().get("/api/v1/plans/{id}", context.planId()).then().statusCode(404);
        api().get("/api/v1/tasks/{id}", context.taskId()).then().statusCode(404);
    }

    @Test
    void listsPlansPagedSortedAndFiltered() {
        String token = unique("分页");
        for (String code : new String[] { "B", "A", "C" }) {
            Fixtures.plan(unique(token + code).replaceAll("[^A-Za-z0-9-]", "x"), token + " " + code);
        }
        api().queryParam("q", token).queryParam("size", 2).queryParam("sort", "title")
                .get("/api/v1/plans")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.title", contains(token + " A", token + " B"));
        api().queryParam("q", token).queryParam("size", 2).queryParam("page", 2).queryParam("sort", "-title")
                .get("/api/v1/plans")
                .then().statusCode(200).body("items.title", contains(token + " A"));
        api().queryParam("q", token).queryParam("year", 2023).get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        api().queryParam("sort", "secret").get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        api().queryParam("size", 0).queryParam("page", 0).get("/api/v1/plans")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("page", "size"));
        api().queryParam("q", "100%_").get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void servesTheSourceText() {
        String code = unique("SRC");
        Map<String, Object> input = planInput(code, "带原文的要点");
        input.put("sourceText", "一、总体要求\n1.第一项。");
        long id = api().body(input).post("/api/v1/plans").then().statusCode(201)
                .body("hasSourceText", equalTo(true)).extract().jsonPath().getLong("id");
        api().get("/api/v1/plans/{id}/source-text", id).then().statusCode(200)
                .contentType(startsWith("text/plain")).body(endsWith("1.第一项。"));
        long without = Fixtures.plan();
        api().get("/api/v1/plans/{id}/source-text", without).then().statusCode(404);
        api().queryParam("q", code).get("/api/v1/plans").then().statusCode(200).body("items.hasSourceText", contains(true));
    }
}
