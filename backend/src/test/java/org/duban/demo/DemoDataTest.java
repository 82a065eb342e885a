package org.duban.demo;

import static org.duban.support.ApiSpec.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The only test that loads the demo data into the test database, and it asks for it explicitly. */
@QuarkusTest
class DemoDataTest {
    @Inject
    DemoData demoData;

    @Test
    void loadsTheQinghaiPlanOnceAndChangesNothingTheSecondTime() {
        demoData.load();
        assertEquals(0, demoData.load().added(), "a second load must add nothing");

        long planId = api().queryParam("q", DemoData.PLAN_CODE).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("青海省2024年法治政府建设工作要点"))
                .body("items[0].documentNumber", equalTo("青政办函〔2024〕19号"))
                .body("items[0].issueDate", equalTo("2024-02-01"))
                .body("items[0].sectionCount", equalTo(9))
                .body("items[0].taskCount", equalTo(26))
                .extract().jsonPath().getLong("items[0].id");
        api().queryParam("planId", planId).queryParam("size", 100).get("/api/v1/tasks").then()
                .body("total", equalTo(26))
                .body("items[0].title", equalTo("深入开展法治政府建设示范创建活动"))
                .body("items[25].number", equalTo("26"));
        api().queryParam("type", "PREFECTURE").queryParam("q", "市").queryParam("sort", "code")
                .get("/api/v1/responsibility-units").then()
                .body("items.findAll { it.code?.startsWith('63') }.name", contains("西宁市", "海东市"));
        api().queryParam("planId", planId).queryParam("size", 1).get("/api/v1/assignments").then()
                .body("total", equalTo(76));
    }
}
