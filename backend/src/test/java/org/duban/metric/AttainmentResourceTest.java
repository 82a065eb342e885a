package org.duban.metric;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.Fixtures.metricInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups through the API on a small hierarchy of its own: a prefecture with two counties.
 * The scope combines its whole subtree; its rows are the units directly under it.
 */
@QuarkusTest
class AttainmentResourceTest {

    private static void put(long metric, long unit, String period, Map<String, Object> figure) {
        api().body(figure).put("/api/v1/metric-values/" + metric + "/" + unit + "/" + period).then().statusCode(201);
    }

    @Test
    void rollsRatiosUpAsRatioOfSumsAndDrillsDown() {
        long plan = Fixtures.plan();
        long metric = Fixtures.metric(metricInput(plan, "RATIO", ">=", 50, "QUARTER", "RATIO_OF_SUMS", List.of("COUNTY")));
        long prefecture = Fixtures.unit("PREFECTURE", null);
        long big = Fixtures.unit("甲县" + Fixtures.unique(""), "COUNTY", prefecture);
        long small = Fixtures.unit("乙县" + Fixtures.unique(""), "COUNTY", prefecture);
        // 9 of 10 and 10 of 90: pooled 19 %, though the mean of the two ratios would be 50.6 %
        put(metric, big, "2024-Q1", Map.of("numerator", 9, "denominator", 10));
        put(metric, small, "2024-Q1", Map.of("numerator", 6, "denominator", 50));
        put(metric, small, "2024-Q2", Map.of("numerator", 4, "denominator", 40));

        api().queryParam("period", "2024").queryParam("parentId", prefecture)
                .get("/api/v1/metrics/{id}/attainment", metric).then().statusCode(200)
                .body("targetValue", equalTo(50)).body("comparator", equalTo(">="))
                .body("scope.unitId", equalTo((int) prefecture))
                .body("scope.figure", equalTo(19)).body("scope.numerator", equalTo(19)).body("scope.denominator", equalTo(100))
                .body("scope.status", equalTo("NOT_MET")).body("scope.reporting", equalTo(2)).body("scope.expected", equalTo(2))
                .body("rows", hasSize(2))
                .body("rows.find { it.unitId == " + big + " }.status", equalTo("MET"))
                .body("rows.find { it.unitId == " + small + " }.figure", equalTo(11.1111f))
                .body("rows.find { it.unitId == " + small + " }.status", equalTo("NOT_MET"));

        api().queryParam("period", "2024-Q2").queryParam("parentId", prefecture)
                .get("/api/v1/metrics/{id}/attainment", metric).then()
                .body("scope.figure", equalTo(10)).body("rows.find { it.unitId == " + big + " }.status", equalTo("NO_DATA"));
        api().queryParam("period", "2024-05").get("/api/v1/metrics/{id}/attainment", metric).then().statusCode(400);
        api().queryParam("period", "24").get("/api/v1/metrics/{id}/attainment", metric).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));

        api().queryParam("year", 2024).queryParam("unitId", prefecture).get("/api/v1/metrics/{id}/series", metric)
                .then().statusCode(200)
                .body("points.period", contains("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"))
                .body("points[0].figure", equalTo(25)).body("points[1].figure", equalTo(10))
                .body("points[1].cumulative", equalTo(19)).body("points[2].figure", nullValue())
                .body("points[3].status", equalTo("NOT_MET"));
    }

    @Test
    void comparisonMetricsRollUpAgainstTheComparedMetric() {
        long plan = Fixtures.plan();
        long litigation = Fixtures.metric(metricInput(plan, "RATIO", null, null, "YEAR", "RATIO_OF_SUMS", List.of("PREFECTURE")));
        Map<String, Object> input = metricInput(plan, "COMPARISON", ">", null, "YEAR", "RATIO_OF_SUMS", List.of("PREFECTURE"));
        input.put("compareMetricId", litigation);
        long reconsideration = Fixtures.metric(input);
        long province = Fixtures.unit("PROVINCE", null);
        long a = Fixtures.unit("PREFECTURE", province);
        long b = Fixtures.unit("PREFECTURE", province);
        put(reconsideration, a, "2024", Map.of("numerator", 3, "denominator", 10));
        put(litigation, a, "2024", Map.of("numerator", 1, "denominator", 10));
        put(reconsideration, b, "2024", Map.of("numerator", 1, "denominator", 10));
        put(litigation, b, "2024", Map.of("numerator", 2, "denominator", 10));

        api().queryParam("period", "2024").queryParam("parentId", province)
                .get("/api/v1/metrics/{id}/attainment", reconsideration).then().statusCode(200)
                .body("scope.figure", equalTo(20)).body("scope.status", equalTo("MET"))
                .body("rows.find { it.unitId == " + a + " }.status", equalTo("MET"))
                .body("rows.find { it.unitId == " + b + " }.status", equalTo("NOT_MET"));
        api().queryParam("period", "2024").queryParam("parentId", province)
                .get("/api/v1/metrics/{id}/attainment", litigation).then().body("scope.status", equalTo("NO_DATA"))
                .body("scope.figure", equalTo(15));
        api().queryParam("planId", plan).queryParam("year", 2024).get("/api/v1/metrics/attainment-summary").then()
                .statusCode(200).body("code", hasSize(2));
    }

    @Test
    void aReporterSeesOnlyTheirOwnUnitsAttainment() {
        long plan = Fixtures.plan();
        long metric = Fixtures.metric(metricInput(plan, "COUNT", ">=", 2, "YEAR", "SUM", List.of("COUNTY")));
        long prefecture = Fixtures.unit("PREFECTURE", null);
        long own = Fixtures.unit("COUNTY", prefecture);
        long other = Fixtures.unit("COUNTY", prefecture);
        put(metric, own, "2024", Map.of("value", 1));
        put(metric, other, "2024", Map.of("value", 5));
        String reporter = Auth.reporterOf(own);

        as(reporter).queryParam("period", "2024").get("/api/v1/metrics/{id}/attainment", metric).then().statusCode(200)
                .body("scope.unitId", equalTo((int) own)).body("scope.figure", equalTo(1))
                .body("scope.status", equalTo("NOT_MET")).body("rows", hasSize(0));
        as(reporter).queryParam("period", "2024").queryParam("parentId", prefecture)
                .get("/api/v1/metrics/{id}/attainment", metric).then().statusCode(403);
        as(reporter).queryParam("year", 2024).queryParam("unitId", other).get("/api/v1/metrics/{id}/series", metric)
                .then().statusCode(403);
        api().queryParam("period", "2024").queryParam("parentId", prefecture)
                .get("/api/v1/metrics/{id}/attainment", metric).then().body("scope.figure", equalTo(6))
                .body("scope.status", equalTo("MET"));
    }
}
