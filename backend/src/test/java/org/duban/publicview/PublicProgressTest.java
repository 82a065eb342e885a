package org.duban.publicview;

import static org.duban.support.ApiSpec.anonymous;
import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicProgressTest {

    @Test
    void showsAPublishedPlansProgressToAnyoneAndHidesItOtherwise() {
        String code = Fixtures.unique("PUB");
        long plan = Fixtures.plan(code, "公开的计划");
        long section = Fixtures.section(plan, 1);
        long task = Fixtures.task(plan, section, "1");
        Fixtures.task(plan, section, "2");
        long prefecture = Fixtures.unit("PREFECTURE", null);
        long county = Fixtures.unit("COUNTY", prefecture);
        long done = Fixtures.assignment(task, prefecture, "LEAD", "2024-12-31");
        long half = Fixtures.assignment(task, county, "CO", "2024-12-31");
        api().header("If-Match", "\"0\"").body(Map.of("role", "LEAD", "dueDate", "2024-12-31", "status", "COMPLETED",
                "progress", 100)).put("/api/v1/assignments/{id}", done).then().statusCode(200);
        api().header("If-Match", "\"0\"").body(Map.of("role", "CO", "dueDate", "2024-12-31", "status", "IN_PROGRESS",
                "progress", 40)).put("/api/v1/assignments/{id}", half).then().statusCode(200);

        anonymous().get("/api/v1/public/plans/{code}", code).then().statusCode(404);
        as(Auth.viewer()).post("/api/v1/plans/{id}/publish", plan).then().statusCode(403);
        api().post("/api/v1/plans/{id}/publish", plan).then().statusCode(200).body("publishedAt", notNullValue());

        anonymous().get("/api/v1/public/plans/{code}", code).then().statusCode(200)
                .body("plan.title", equalTo("公开的计划"))
                .body("overall.assignments", equalTo(2)).body("overall.completed", equalTo(1))
                .body("overall.percent", equalTo(70)).body("overall.status", equalTo("IN_PROGRESS"))
                .body("sections[0].label", equalTo("一"))
                .body("sections[0].tasks[0].progress.percent", equalTo(70))
                .body("sections[0].tasks[1].progress.status", equalTo("NOT_ASSIGNED"))
                .body("prefectures.find { it.progress.assignments == 2 && it.progress.completed == 1 }.progress.percent",
                        equalTo(70));
        anonymous().queryParam("size", 200).get("/api/v1/public/plans").then().statusCode(200)
                .body("items.code", hasItem(code));

        api().post("/api/v1/plans/{id}/unpublish", plan).then().statusCode(200).body("publishedAt", nullValue());
        anonymous().get("/api/v1/public/plans/{code}", code).then().statusCode(404);
        anonymous().queryParam("size", 200).get("/api/v1/public/plans").then().body("items.code", not(hasItem(code)));
    }
}
