package org.duban.unit;

import static org.duban.support.ApiSpec.asAdmin;
import static org.duban.support.Fixtures.unique;
import static org.duban.support.Fixtures.unitInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponsibilityUnitResourceTest {

    @Test
    void createsUnitsAndBuildsTheTree() {
        String root = unique("省");
        Map<String, Object> province = unitInput(root, "PROVINCE", null);
        long provinceId = asAdmin().body(province).post("/api/v1/responsibility-units")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("name", equalTo(root))
                .extract().jsonPath().getLong("id");
        long prefecture = Fixtures.unit("乙市", "PREFECTURE", provinceId);
        Fixtures.unit("甲县", "COUNTY", prefecture);
        Fixtures.unit("司法厅", "PROVINCIAL_DEPARTMENT", provinceId);

        JsonPath tree = asAdmin().get("/api/v1/responsibility-units/tree").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> roots = tree.getList("findAll { it.name == '" + root + "' }");
        org.hamcrest.MatcherAssert.assertThat(roots, hasSize(1));
        asAdmin().get("/api/v1/responsibility-units/tree").then()
                .body("find { it.name == '" + root + "' }.children.name", contains("乙市", "司法厅"))
                .body("find { it.name == '" + root + "' }.children.find { it.name == '乙市' }.children.name", contains("甲县"));
    }

    @Test
    void filtersUnits() {
        long province = Fixtures.unit(unique("省"), "PROVINCE", null);
        Fixtures.unit("西宁市", "PREFECTURE", province);
        Fixtures.unit("海东市", "PREFECTURE", province);
        Fixtures.unit("青海省司法厅", "PROVINCIAL_DEPARTMENT", province);

        asAdmin().queryParam("parentId", province).get("/api/v1/responsibility-units").then().statusCode(200)
                .body("total", equalTo(3));
        asAdmin().queryParam("parentId", province).queryParam("type", "PREFECTURE").queryParam("sort", "-name")
                .get("/api/v1/responsibility-units").then().body("items.name", contains("西宁市", "海东市"));
        asAdmin().queryParam("parentId", province).queryParam("q", "司法").get("/api/v1/responsibility-units")
                .then().body("items.name", contains("青海省司法厅"));
        asAdmin().queryParam("parentId", province).queryParam("size", 1).queryParam("page", 3).queryParam("sort", "name")
                .get("/api/v1/responsibility-units").then().body("items", hasSize(1)).body("total", equalTo(3));
        asAdmin().queryParam("type", "GALAXY").get("/api/v1/responsibility-units").then().statusCode(400);
    }

    @Test
    void rejectsBadUnits() {
        String code = String.valueOf(900000 + (int) (Math.random() * 99999));
        Map<String, Object> withCode = unitInput(unique("市"), "PREFECTURE", null);
        withCode.put("code", code);
        asAdmin().body(withCode).post("/api/v1/responsibility-units").then().statusCode(201).body("code", equalTo(code));
        Map<String, Object> sameCode = unitInput(unique("市"), "PREFECTURE", null);
        sameCode.put("code", code);
        asAdmin().body(sameCode).post("/api/v1/responsibility-units").then().statusCode(409);

        Map<String, Object> badCode = unitInput(unique("市"), "PREFECTURE", null);
        badCode.put("code", "63A1");
        asAdmin().body(badCode).post("/api/v1/responsibility-units").then().statusCode(400).body("errors[0].field", equalTo("code"));
        asAdmin().body(Map.of("name", "x", "type", "CITY")).post("/api/v1/responsibility-units")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        asAdmin().body(unitInput(unique("县"), "COUNTY", Long.MAX_VALUE)).post("/api/v1/responsibility-units")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));

        long parent = Fixtures.unit("PROVINCE", null);
        String name = unique("同名");
        Fixtures.unit(name, "COUNTY", parent);
        asAdmin().body(unitInput(name, "COUNTY", parent)).post("/api/v1/responsibility-units").then().statusCode(409);
    }

    @Test
    void movesAndDeletesUnitsSafely() {
        long province = Fixtures.unit("PROVINCE", null);
        long prefecture = Fixtures.unit("PREFECTURE", province);
        long county = Fixtures.unit("COUNTY", prefecture);
        String name = asAdmin().get("/api/v1/responsibility-units/{id}", province).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().jsonPath().getString("name");

        // a unit cannot move under its own descendant
        asAdmin().header("If-Match", "\"0\"").body(unitInput(name, "PROVINCE", county))
                .put("/api/v1/responsibility-units/{id}", province)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        asAdmin().body(unitInput(name, "PROVINCE", null)).put("/api/v1/responsibility-units/{id}", province).then().statusCode(428);
        asAdmin().header("If-Match", "\"0\"").body(unitInput(name + "改", "PROVINCE", null))
                .put("/api/v1/responsibility-units/{id}", province)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo(name + "改"));

        asAdmin().header("If-Match", "\"0\"").delete("/api/v1/responsibility-units/{id}", prefecture).then().statusCode(409);
        var context = Fixtures.taskContext();
        Fixtures.assignment(context.taskId(), county, "LEAD", "2024-12-31");
        asAdmin().header("If-Match", "\"0\"").delete("/api/v1/responsibility-units/{id}", county).then().statusCode(409);
        long spare = Fixtures.unit("COUNTY", prefecture);
        asAdmin().header("If-Match", "\"9\"").delete("/api/v1/responsibility-units/{id}", spare).then().statusCode(412);
        asAdmin().header("If-Match", "\"0\"").delete("/api/v1/responsibility-units/{id}", spare).then().statusCode(204);
        asAdmin().get("/api/v1/responsibility-units/{id}", spare).then().statusCode(404);
    }
}
