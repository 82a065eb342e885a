package org.duban.support;

import static org.duban.support.ApiSpec.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.ValidatableResponse;

/** Makes, through the API, the rows a test needs; every name is unique so tests never collide. */
public final class Fixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> planInput(String code, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("year", 2024);
        body.put("issuer", "青海省人民政府办公厅");
        body.put("documentNumber", "青政办函〔2024〕19号");
        body.put("issueDate", "2024-02-01");
        return body;
    }

    public static long plan() {
        return plan(unique("P"), "测试工作要点 " + unique("t"));
    }

    public static long plan(String code, String title) {
        return created(api().body(planInput(code, title)).post("/api/v1/plans"));
    }

    public static long section(long planId, int number) {
        return created(api().body(Map.of("number", number, "title", "第" + number + "部分"))
                .post("/api/v1/plans/{planId}/sections", planId));
    }

    public static Map<String, Object> taskInput(long planId, long sectionId, String number, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", planId);
        body.put("sectionId", sectionId);
        body.put("number", number);
        body.put("title", title);
        body.put("content", title + "。具体措施。");
        body.put("deadline", "2024-12-31");
        return body;
    }

    public static long task(long planId, long sectionId, String number) {
        return created(api().body(taskInput(planId, sectionId, number, "任务" + number)).post("/api/v1/tasks"));
    }

    public static Map<String, Object> unitInput(String name, String type, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("parentId", parentId);
        return body;
    }

    public static long unit(String type, Long parentId) {
        return unit(unique("单位"), type, parentId);
    }

    public static long unit(String name, String type, Long parentId) {
        return created(ApiSpec.asAdmin().body(unitInput(name, type, parentId)).post("/api/v1/responsibility-units"));
    }

    public static long assignment(long taskId, long unitId, String role, String dueDate) {
        return created(api().body(Map.of("taskId", taskId, "unitId", unitId, "role", role, "dueDate", dueDate))
                .post("/api/v1/assignments"));
    }

    /** A metric definition; callers adjust the fields their case needs. */
    public static Map<String, Object> metricInput(long planId, String kind, String comparator, Object target,
            String granularity, String aggregation, List<String> appliesTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", planId);
        body.put("code", unique("M"));
        body.put("name", "测试指标");
        body.put("nameEn", "Test metric");
        body.put("kind", kind);
        body.put("comparator", comparator);
        body.put("targetValue", target);
        body.put("unit", "%");
        body.put("granularity", granularity);
        body.put("appliesTo", appliesTo);
        body.put("unitAggregation", aggregation);
        return body;
    }

    public static long metric(Map<String, Object> input) {
        return created(api().body(input).post("/api/v1/metrics"));
    }

    /** A plan with one section and one task: the smallest thing that can be assigned. */
    public record TaskContext(long planId, long sectionId, long taskId) {
    }

    public static TaskContext taskContext() {
        long planId = plan();
        long sectionId = section(planId, 1);
        return new TaskContext(planId, sectionId, task(planId, sectionId, "1"));
    }

    public static String etag(String path, Object... params) {
        return api().get(path, params).then().statusCode(200).extract().header("ETag");
    }

    public static List<Integer> ids(ValidatableResponse response) {
        return response.extract().jsonPath().getList("items.id", Integer.class);
    }

    private static long created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
