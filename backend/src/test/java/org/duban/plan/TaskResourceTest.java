package org.duban.plan;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.Fixtures.taskInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskResourceTest {

    @Test
    void createsWorkPointsAndMeasures() {
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        long point = api().body(taskInput(plan, section, "1", "深入开展法治政府建设示范创建活动"))
                .post("/api/v1/tasks")
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("number", equalTo("1")).body("position", equalTo(0)).body("parentId", nullValue())
                .body("content", equalTo("深入开展法治政府建设示范创建活动。具体措施。"))
                .extract().jsonPath().getLong("id");
        Map<String, Object> measure = taskInput(plan, section, "1.1", "组织迎检");
        measure.put("parentId", point);
        api().body(measure).post("/api/v1/tasks").then().statusCode(201)
                .body("parentId", equalTo((int) point)).body("position", equalTo(1));
        api().get("/api/v1/tasks/{id}", point).then().statusCode(200).header("ETag", equalTo("\"0\""));

        Map<String, Object> nested = taskInput(plan, section, "1.1.1", "太深");
        nested.put("parentId", api().queryParam("parentId", point).get("/api/v1/tasks").then().extract().jsonPath().getLong("items[0].id"));
        api().body(nested).post("/api/v1/tasks").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void rejectsTasksThatDoNotFitTheirPlan() {
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        long otherPlan = Fixtures.plan();
        long foreignSection = Fixtures.section(otherPlan, 1);
        Fixtures.task(plan, section, "1");

        api().body(taskInput(plan, foreignSection, "2", "别人的部分")).post("/api/v1/tasks")
                .then().statusCode(400).body("errors[0].field", equalTo("sectionId"));
        api().body(taskInput(Long.MAX_VALUE, section, "2", "无此计划")).post("/api/v1/tasks")
                .then().statusCode(400).body("errors[0].field", equalTo("planId"));
        api().body(taskInput(plan, section, "1", "重号")).post("/api/v1/tasks").then().statusCode(409);
        api().body(taskInput(plan, section, "一", "非数字编号")).post("/api/v1/tasks")
                .then().statusCode(400).body("errors[0].field", equalTo("number"));
        Map<String, Object> empty = new HashMap<>();
        api().body(empty).post("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", contains("content", "number", "planId", "sectionId", "title"));
        api().queryParam("planId", plan).get("/api/v1/tasks").then().body("total", equalTo(1));
    }

    @Test
    void filtersAndPagesTasks() {
        long plan = Fixtures.plan();
        long first = Fixtures.section(plan, 1);
        long second = Fixtures.section(plan, 2);
        long one = Fixtures.task(plan, first, "1");
        Fixtures.task(plan, first, "2");
        Fixtures.task(plan, second, "10");
        Map<String, Object> measure = taskInput(plan, first, "1.1", "措施甲");
        measure.put("parentId", one);
        api().body(measure).post("/api/v1/tasks").then().statusCode(201);

        api().queryParam("planId", plan).get("/api/v1/tasks").then().statusCode(200)
                .body("total", equalTo(4)).body("items.number", contains("1", "2", "10", "1.1"));
        api().queryParam("planId", plan).queryParam("topLevel", true).queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/tasks").then().body("total", equalTo(3)).body("items.number", contains("10"));
        api().queryParam("sectionId", second).get("/api/v1/tasks").then().body("items.number", contains("10"));
        api().queryParam("parentId", one).get("/api/v1/tasks").then().body("items.number", contains("1.1"));
        api().queryParam("planId", plan).queryParam("topLevel", false).get("/api/v1/tasks").then().body("total", equalTo(1));
        api().queryParam("planId", plan).queryParam("q", "措施").get("/api/v1/tasks").then().body("items.title", contains("措施甲"));
        api().queryParam("planId", plan).queryParam("sort", "-title").queryParam("size", 1).get("/api/v1/tasks")
                .then().body("items.title", contains("措施甲"));
        api().queryParam("planId", "x").get("/api/v1/tasks").then().statusCode(400);
    }

    @Test
    void replacesTasksWithIfMatch() {
        var context = Fixtures.taskContext();
        long otherSection = Fixtures.section(context.planId(), 2);
        Map<String, Object> change = new HashMap<>(taskInput(context.planId(), otherSection, "7", "新标题"));
        change.remove("planId");
        change.put("position", 6);

        api().body(change).put("/api/v1/tasks/{id}", context.taskId()).then().statusCode(428);
        api().header("If-Match", "W/\"5\"").body(change).put("/api/v1/tasks/{id}", context.taskId()).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(change).put("/api/v1/tasks/{id}", context.taskId())
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("sectionId", equalTo((int) otherSection)).body("number", equalTo("7")).body("position", equalTo(6));
        change.put("planId", Fixtures.plan());
        api().header("If-Match", "\"1\"").body(change).put("/api/v1/tasks/{id}", context.taskId())
                .then().statusCode(400).body("errors[0].field", equalTo("planId"));
        api().header("If-Match", "\"1\"").body(Map.of()).put("/api/v1/tasks/{id}", Long.MAX_VALUE).then().statusCode(400);
        change.remove("planId");
        api().header("If-Match", "\"1\"").body(change).put("/api/v1/tasks/{id}", Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void deletesTasksThatAreNotAssigned() {
        var context = Fixtures.taskContext();
        long assigned = Fixtures.task(context.planId(), context.sectionId(), "2");
        Fixtures.assignment(assigned, Fixtures.unit("OTHER", null), "LEAD", "2024-12-31");

        api().header("If-Match", "\"0\"").delete("/api/v1/tasks/{id}", assigned).then().statusCode(409);
        api().delete("/api/v1/tasks/{id}", context.taskId()).then().statusCode(428);
        api().header("If-Match", "\"0\"").delete("/api/v1/tasks/{id}", context.taskId()).then().statusCode(204);
        api().get("/api/v1/tasks/{id}", context.taskId()).then().statusCode(404);
        api().header("If-Match", "\"0\"").delete("/api/v1/tasks/{id}", context.taskId()).then().statusCode(404);
    }
}
