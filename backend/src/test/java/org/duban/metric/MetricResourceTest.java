package org.duban.metric;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.Fixtures.metricInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricResourceTest {
    private static final List<String> PREFECTURES = List.of("PREFECTURE", "COUNTY");

    @Test
    void createsListsAndReplacesMetrics() {
        var context = Fixtures.taskContext();
        Map<String, Object> input = metricInput(context.planId(), "RATIO", ">=", 90, "QUARTER", "RATIO_OF_SUMS", PREFECTURES);
        input.put("taskId", context.taskId());
        input.put("name", "行政机关负责人出庭应诉率");
        long id = api().body(input).post("/api/v1/metrics").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("comparator", equalTo(">=")).body("targetValue", equalTo(90)).body("unit", equalTo("%"))
                .body("taskId", equalTo((int) context.taskId())).body("appliesTo", containsInAnyOrder("PREFECTURE", "COUNTY"))
                .extract().jsonPath().getLong("id");
        api().body(input).post("/api/v1/metrics").then().statusCode(409);

        api().queryParam("planId", context.planId()).get("/api/v1/metrics").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("行政机关负责人出庭应诉率"))
                .body("items[0].kind", equalTo("RATIO"));
        api().queryParam("planId", context.planId()).queryParam("kind", "COUNT").get("/api/v1/metrics").then()
                .body("total", equalTo(0));

        input.put("targetValue", 95);
        api().body(input).put("/api/v1/metrics/{id}", id).then().statusCode(428);
        api().header("If-Match", "\"3\"").body(input).put("/api/v1/metrics/{id}", id).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(input).put("/api/v1/metrics/{id}", id).then().statusCode(200)
                .body("targetValue", equalTo(95)).header("ETag", equalTo("\"1\""));
        api().get("/api/v1/metrics/{id}", Long.MAX_VALUE).then().statusCode(404);
        api().header("If-Match", "\"1\"").delete("/api/v1/metrics/{id}", id).then().statusCode(204);
    }

    @Test
    void rejectsDefinitionsThatDoNotFitTheirKind() {
        long plan = Fixtures.plan();
        Map<String, Object> noTarget = metricInput(plan, "COUNT", ">=", null, "YEAR", "SUM", PREFECTURES);
        api().body(noTarget).post("/api/v1/metrics").then().statusCode(400).body("errors.field", hasItem("targetValue"));
        Map<String, Object> deadline = metricInput(plan, "DEADLINE", ">=", 1, "YEAR", "SUM", PREFECTURES);
        api().body(deadline).post("/api/v1/metrics").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("targetDate", "comparator", "targetValue", "unitAggregation",
                        "unitAggregation"));
        Map<String, Object> badComparator = metricInput(plan, "COUNT", "≥", 1, "YEAR", "SUM", PREFECTURES);
        api().body(badComparator).post("/api/v1/metrics").then().statusCode(400).body("errors[0].field", equalTo("comparator"));
        Map<String, Object> over100 = metricInput(plan, "PERCENT", ">=", 120, "YEAR", "MIN", PREFECTURES);
        api().body(over100).post("/api/v1/metrics").then().statusCode(400).body("errors[0].field", equalTo("targetValue"));
        Map<String, Object> comparison = metricInput(plan, "COMPARISON", ">", null, "QUARTER", "RATIO_OF_SUMS", PREFECTURES);
        api().body(comparison).post("/api/v1/metrics").then().statusCode(400).body("errors[0].field", equalTo("compareMetricId"));
        long count = Fixtures.metric(metricInput(plan, "COUNT", ">=", 1, "QUARTER", "SUM", PREFECTURES));
        comparison.put("compareMetricId", count);
        api().body(comparison).post("/api/v1/metrics").then().statusCode(400).body("errors[0].field", equalTo("compareMetricId"));
        Map<String, Object> foreignTask = metricInput(plan, "COUNT", ">=", 1, "YEAR", "SUM", PREFECTURES);
        foreignTask.put("taskId", Fixtures.taskContext().taskId());
        api().body(foreignTask).post("/api/v1/metrics").then().statusCode(400).body("errors[0].field", equalTo("taskId"));
        api().queryParam("planId", plan).get("/api/v1/metrics").then().body("total", equalTo(1));
    }

    @Test
    void comparisonMetricsPointAtARatioOfTheSamePlan() {
        long plan = Fixtures.plan();
        long litigation = Fixtures.metric(metricInput(plan, "RATIO", null, null, "QUARTER", "RATIO_OF_SUMS", PREFECTURES));
        Map<String, Object> reconsideration = metricInput(plan, "COMPARISON", ">", null, "QUARTER", "RATIO_OF_SUMS", PREFECTURES);
        reconsideration.put("compareMetricId", litigation);
        api().body(reconsideration).post("/api/v1/metrics").then().statusCode(201)
                .body("compareMetricId", equalTo((int) litigation));
        api().header("If-Match", "\"0\"").delete("/api/v1/metrics/{id}", litigation).then().statusCode(409);
    }

    @Test
    void onlySupervisorsAndAdminsDefineMetrics() {
        long plan = Fixtures.plan();
        Map<String, Object> input = metricInput(plan, "COUNT", ">=", 1, "YEAR", "SUM", PREFECTURES);
        as(Auth.viewer()).body(input).post("/api/v1/metrics").then().statusCode(403);
        as(Auth.reporterOf(Fixtures.unit("COUNTY", null))).body(input).post("/api/v1/metrics").then().statusCode(403);
        as(Auth.admin()).body(input).post("/api/v1/metrics").then().statusCode(201);
        as(Auth.viewer()).queryParam("planId", plan).get("/api/v1/metrics").then().statusCode(200)
                .body("items.code", contains(input.get("code")));
    }
}
