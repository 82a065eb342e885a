package org.duban.metric;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.Fixtures.metricInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricValueResourceTest {
    private static final List<String> LOCAL = List.of("PREFECTURE", "COUNTY");

    private static Map<String, Object> ratio(int numerator, int denominator) {
        return Map.of("numerator", numerator, "denominator", denominator);
    }

    private static String path(long metric, long unit, String period) {
        return "/api/v1/metric-values/" + metric + "/" + unit + "/" + period;
    }

    @Test
    void entersAndCorrectsAFigureWithItsHistory() {
        long plan = Fixtures.plan();
        long metric = Fixtures.metric(metricInput(plan, "RATIO", ">=", 90, "QUARTER", "RATIO_OF_SUMS", LOCAL));
        long unit = Fixtures.unit("PREFECTURE", null);

        api().body(ratio(27, 30)).put(path(metric, unit, "2024-Q2")).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("figure", equalTo(90)).body("source", equalTo("FORM"))
                .body("period", equalTo("2024-Q2"));
        api().body(ratio(28, 30)).put(path(metric, unit, "2024-Q2")).then().statusCode(428);
        api().header("If-Match", "\"9\"").body(ratio(28, 30)).put(path(metric, unit, "2024-Q2")).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(ratio(28, 30)).put(path(metric, unit, "2024-Q2")).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        api().get(path(metric, unit, "2024-Q2")).then().statusCode(200).body("numerator", equalTo(28));
        api().get(path(metric, unit, "2024-Q2") + "/history").then().statusCode(200)
                .body("action", contains("CREATE", "UPDATE"))
                .body("[1].before.numerator", equalTo(27)).body("[1].after.numerator", equalTo(28));
        api().get(path(metric, unit, "2024-Q3")).then().statusCode(404);
        api().queryParam("metricId", metric).queryParam("year", 2024).get("/api/v1/metric-values").then()
                .body("total", equalTo(1));
    }

    @Test
    void rejectsFiguresThatDoNotFitTheMetric() {
        long plan = Fixtures.plan();
        long ratioMetric = Fixtures.metric(metricInput(plan, "RATIO", "<", 30, "QUARTER", "RATIO_OF_SUMS", LOCAL));
        long count = Fixtures.metric(metricInput(plan, "COUNT", ">=", 2, "YEAR", "SUM", LOCAL));
        Map<String, Object> deadlineInput = metricInput(plan, "DEADLINE", null, null, "YEAR", "ALL_DONE", LOCAL);
        deadlineInput.put("targetDate", "2024-06-30");
        long deadline = Fixtures.metric(deadlineInput);
        long unit = Fixtures.unit("COUNTY", null);
        long department = Fixtures.unit("PROVINCIAL_DEPARTMENT", null);

        api().body(ratio(1, 2)).put(path(ratioMetric, unit, "2024")).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        api().body(ratio(1, 2)).put(path(ratioMetric, unit, "2024-Q5")).then().statusCode(400);
        api().body(ratio(5, 2)).put(path(ratioMetric, unit, "2024-Q1")).then().statusCode(400)
                .body("errors[0].field", equalTo("numerator"));
        api().body(Map.of("numerator", 1)).put(path(ratioMetric, unit, "2024-Q1")).then().statusCode(400)
                .body("errors[0].field", equalTo("denominator"));
        api().body(Map.of("value", 3)).put(path(ratioMetric, unit, "2024-Q1")).then().statusCode(400)
                .body("errors.field", contains("numerator", "denominator", "value"));
        api().body(ratio(1, 2)).put(path(ratioMetric, department, "2024-Q1")).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        api().body(Map.of("value", -1)).put(path(count, unit, "2024")).then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        api().body(Map.of("value", 1.5)).put(path(count, unit, "2024")).then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        api().body(Map.of("value", "many")).put(path(count, unit, "2024")).then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        api().body(Map.of("done", true)).put(path(deadline, unit, "2024")).then().statusCode(400)
                .body("errors[0].field", equalTo("doneDate"));
        api().body(Map.of("done", true, "doneDate", "2099-01-01")).put(path(deadline, unit, "2024")).then().statusCode(400)
                .body("errors[0].field", equalTo("doneDate"));
        api().body(ratio(1, 2)).put(path(Long.MAX_VALUE, unit, "2024-Q1")).then().statusCode(404);
        api().body(ratio(1, 2)).put(path(ratioMetric, Long.MAX_VALUE, "2024-Q1")).then().statusCode(404);

        // zero denominators are accepted and mean "no data"
        api().body(ratio(0, 0)).put(path(ratioMetric, unit, "2024-Q1")).then().statusCode(201)
                .body("figure", equalTo(null));
        api().queryParam("metricId", count).get("/api/v1/metric-values").then().body("total", equalTo(0));
    }

    @Test
    void reportersAndBoundTokensWriteOnlyTheirOwnUnit() {
        long plan = Fixtures.plan();
        long metric = Fixtures.metric(metricInput(plan, "COUNT", ">=", 2, "YEAR", "SUM", LOCAL));
        long own = Fixtures.unit("COUNTY", null);
        long other = Fixtures.unit("COUNTY", null);
        String reporter = Auth.reporterOf(own);
        String boundToken = Auth.apiToken(List.of("read", "write:metric-values"), own);
        String readOnlyToken = Auth.apiToken(List.of("read"), null);

        as(reporter).body(Map.of("value", 2)).put(path(metric, own, "2024")).then().statusCode(201)
                .body("enteredBy", equalTo(as(reporter).get("/api/v1/me").then().extract().path("username")));
        as(reporter).body(Map.of("value", 2)).put(path(metric, other, "2024")).then().statusCode(403);
        as(boundToken).body(Map.of("value", 1)).put(path(metric, other, "2024")).then().statusCode(403);
        as(boundToken).header("If-Match", "\"0\"").body(Map.of("value", 3)).put(path(metric, own, "2024"))
                .then().statusCode(200).body("source", equalTo("API"));
        as(readOnlyToken).body(Map.of("value", 1)).put(path(metric, other, "2024")).then().statusCode(403);
        as(Auth.viewer()).body(Map.of("value", 1)).put(path(metric, other, "2024")).then().statusCode(403);

        api().body(Map.of("value", 5)).put(path(metric, other, "2024")).then().statusCode(201);
        as(reporter).queryParam("metricId", metric).get("/api/v1/metric-values").then().statusCode(200)
                .body("items.unitId", contains((int) own));
        as(reporter).queryParam("unitId", other).get("/api/v1/metric-values").then().statusCode(403);
        as(reporter).get(path(metric, other, "2024")).then().statusCode(404);
        as(reporter).body(Map.of("items", List.of(Map.of("metricId", metric, "unitId", other, "period", "2024", "value", 9))))
                .post("/api/v1/metric-values/batch").then().statusCode(403).body("errors[0].field", equalTo("items[0].unitId"));
        api().get(path(metric, other, "2024")).then().body("value", equalTo(5));
    }

    @Test
    void batchesAreAllOrNothingAndIdempotent() {
        long plan = Fixtures.plan();
        long metric = Fixtures.metric(metricInput(plan, "COUNT", ">=", 2, "QUARTER", "SUM", LOCAL));
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(Fixtures.unit("COUNTY", null));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (long unit : units) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                items.add(new HashMap<>(Map.of("metricId", metric, "unitId", unit, "period", "2024-Q" + quarter, "value", quarter)));
            }
        }
        List<Map<String, Object>> broken = new ArrayList<>(items);
        broken.set(3, Map.of("metricId", metric, "unitId", units.get(0), "period", "2024-05", "value", 1));
        broken.set(7, Map.of("metricId", metric, "unitId", Long.MAX_VALUE, "period", "2024-Q4", "value", 2));
        broken.add(Map.of("metricId", metric, "unitId", units.get(0), "period", "2024-Q1", "value", 1));
        api().body(Map.of("items", broken)).post("/api/v1/metric-values/batch").then().statusCode(400)
                .body("errors.field", contains("items[3].period", "items[7].unitId", "items[20].period"));
        List<Map<String, Object>> negative = new ArrayList<>(items);
        negative.set(5, Map.of("metricId", metric, "unitId", units.get(1), "period", "2024-Q2", "value", -2));
        api().body(Map.of("items", negative)).post("/api/v1/metric-values/batch").then().statusCode(400)
                .body("errors.field", contains("items[5].value"));
        api().queryParam("metricId", metric).get("/api/v1/metric-values").then().body("total", equalTo(0));

        api().body(Map.of("items", items)).post("/api/v1/metric-values/batch").then().statusCode(200)
                .body("created", equalTo(20)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        api().body(Map.of("items", items)).post("/api/v1/metric-values/batch").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(20));
        items.get(0).put("value", 7);
        api().body(Map.of("items", items)).post("/api/v1/metric-values/batch").then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(19));
        api().queryParam("metricId", metric).queryParam("size", 100).get("/api/v1/metric-values").then()
                .body("items", hasSize(20)).body("items.source", org.hamcrest.Matchers.everyItem(equalTo("IMPORT")));
        api().body(Map.of("items", List.of())).post("/api/v1/metric-values/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
    }
}
