package org.duban.plan;

import static org.duban.support.ApiSpec.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionResourceTest {

    @Test
    void addsSectionsAndListsThemInDocumentOrder() {
        long plan = Fixtures.plan();
        for (int number : new int[] { 3, 1, 2 }) {
            api().body(Map.of("number", number, "title", "第" + number + "部分"))
                    .post("/api/v1/plans/{planId}/sections", plan)
                    .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("planId", equalTo((int) plan));
        }
        api().get("/api/v1/plans/{planId}/sections", plan).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.number", contains(1, 2, 3))
                .body("items.label", contains("一", "二", "三"));
        api().queryParam("sort", "-number").queryParam("size", 1).get("/api/v1/plans/{planId}/sections", plan)
                .then().statusCode(200).body("items.label", contains("三"));
    }

    @Test
    void rejectsBadSections() {
        long plan = Fixtures.plan();
        Fixtures.section(plan, 1);
        api().body(Map.of("number", 1, "title", "重复")).post("/api/v1/plans/{planId}/sections", plan)
                .then().statusCode(409);
        api().body(Map.of("number", 0, "title", " ")).post("/api/v1/plans/{planId}/sections", plan)
                .then().statusCode(400).body("errors.field", contains("number", "title"));
        api().body(Map.of("number", 2, "title", "无此计划")).post("/api/v1/plans/{planId}/sections", Long.MAX_VALUE)
                .then().statusCode(404);
        api().get("/api/v1/plans/{planId}/sections", Long.MAX_VALUE).then().statusCode(404);
        api().get("/api/v1/plans/{planId}/sections", plan).then().body("total", equalTo(1));
    }

    @Test
    void replacesAndDeletesSectionsWithIfMatch() {
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        Fixtures.section(plan, 2);
        api().get("/api/v1/sections/{id}", section).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo("第1部分")).body("taskCount", equalTo(0));

        Map<String, Object> change = Map.of("number", 5, "title", "改名");
        api().body(change).put("/api/v1/sections/{id}", section).then().statusCode(428);
        api().header("If-Match", "\"3\"").body(change).put("/api/v1/sections/{id}", section).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(Map.of("number", 2, "title", "撞号")).put("/api/v1/sections/{id}", section)
                .then().statusCode(409);
        api().header("If-Match", "\"0\"").body(change).put("/api/v1/sections/{id}", section)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("label", equalTo("五"));

        api().header("If-Match", "\"0\"").delete("/api/v1/sections/{id}", section).then().statusCode(412);
        api().header("If-Match", "\"1\"").delete("/api/v1/sections/{id}", section).then().statusCode(204);
        api().get("/api/v1/sections/{id}", section).then().statusCode(404);
    }

    @Test
    void refusesToDeleteSectionWhoseTasksAreAssigned() {
        var context = Fixtures.taskContext();
        Fixtures.assignment(context.taskId(), Fixtures.unit("OTHER", null), "CO", "2024-10-01");
        api().header("If-Match", "\"0\"").delete("/api/v1/sections/{id}", context.sectionId()).then().statusCode(409);
        api().get("/api/v1/tasks/{id}", context.taskId()).then().statusCode(200);
    }
}
