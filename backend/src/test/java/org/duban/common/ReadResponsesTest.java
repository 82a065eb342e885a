package org.duban.common;

import static org.duban.support.ApiSpec.anonymous;
import static org.duban.support.ApiSpec.api;
import static org.duban.support.Fixtures.planInput;
import static org.duban.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

/** ETags, 304 Not Modified and Link headers on the API's reads ({@link ReadResponses}). */
@QuarkusTest
class ReadResponsesTest {
    private static final String BODY_HASH = "^\"[A-Za-z0-9_-]{43}\"$";

    @Test
    void listsCarryTheHashOfTheirBodyAsETag() {
        String code = unique("ETAG");
        Fixtures.plan(code, "条件请求");
        Response first = api().queryParam("q", code).get("/api/v1/plans");
        first.then().statusCode(200).header("ETag", matchesPattern(BODY_HASH))
                .header("Cache-Control", "private, no-cache");
        assertEquals(ETags.ofBody(first.asByteArray()).toString(), first.header("ETag"), "the tag hashes exactly the bytes sent");
        api().queryParam("q", code).get("/api/v1/plans").then().statusCode(200).header("ETag", equalTo(first.header("ETag")));
    }

    @Test
    void answers304WithoutBodyWhileTheListIsUnchanged() {
        String code = unique("NM");
        Fixtures.plan(code, "未变");
        String etag = api().queryParam("q", code).get("/api/v1/plans").then().statusCode(200).extract().header("ETag");
        Response notModified = api().queryParam("q", code).header("If-None-Match", etag).get("/api/v1/plans");
        notModified.then().statusCode(304).header("ETag", equalTo(etag));
        assertArrayEquals(new byte[0], notModified.asByteArray());

        // a change in the list makes the held tag stale
        Fixtures.plan(code + "-2", "又一个");
        api().queryParam("q", code).header("If-None-Match", etag).get("/api/v1/plans")
                .then().statusCode(200).header("ETag", not(equalTo(etag))).body("total", equalTo(2));
    }

    @Test
    void ifNoneMatchTakesListsWeakTagsAndStar() {
        String code = unique("LIST");
        Fixtures.plan(code, "多个标签");
        String etag = api().queryParam("q", code).get("/api/v1/plans").then().extract().header("ETag");
        api().queryParam("q", code).header("If-None-Match", "\"stale\", " + etag).get("/api/v1/plans").then().statusCode(304);
        api().queryParam("q", code).header("If-None-Match", "W/" + etag).get("/api/v1/plans").then().statusCode(304);
        api().queryParam("q", code).header("If-None-Match", "*").get("/api/v1/plans").then().statusCode(304);
        api().queryParam("q", code).header("If-None-Match", "\"stale\"").get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void singleResourcesRevalidateAgainstTheirVersionETag() {
        long id = Fixtures.plan();
        // a browser must not revalidate on a version: it does not move when derived fields (counts) do
        api().get("/api/v1/plans/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .header("Cache-Control", "private, no-store");
        api().header("If-None-Match", "\"0\"").get("/api/v1/plans/{id}", id).then().statusCode(304).header("ETag", equalTo("\"0\""));
        api().header("If-Match", "\"0\"").body(planInput(unique("V"), "改过")).put("/api/v1/plans/{id}", id).then().statusCode(200);
        api().header("If-None-Match", "\"0\"").get("/api/v1/plans/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("title", equalTo("改过"));
    }

    @Test
    void otherJsonReadsAndPublicReadsAreConditionalToo() {
        String etag = api().get("/api/v1/me").then().statusCode(200).header("ETag", matchesPattern(BODY_HASH)).extract().header("ETag");
        api().header("If-None-Match", etag).get("/api/v1/me").then().statusCode(304);
        String count = anonymous().get("/api/v1/public/plans").then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", count).get("/api/v1/public/plans").then().statusCode(304);
    }

    @Test
    void callersSeeTheirOwnTagsForTheirOwnAnswers() {
        // the same URL answers differently per caller; the tag follows the body, not the URL
        String mine = api().get("/api/v1/me").then().extract().header("ETag");
        String admins = api().auth().oauth2(Auth.admin()).get("/api/v1/me").then().extract().header("ETag");
        assertNotEquals(mine, admins);
        api().auth().oauth2(Auth.admin()).header("If-None-Match", mine).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void writesAndDownloadsAreLeftAlone() {
        api().header("If-None-Match", "*").body(planInput(unique("W"), "写入")).post("/api/v1/plans").then().statusCode(201);
        Map<String, Object> input = planInput(unique("SRC"), "原文");
        input.put("sourceText", "一、总体要求");
        long id = api().body(input).post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        Response text = api().header("If-None-Match", "*").get("/api/v1/plans/{id}/source-text", id);
        text.then().statusCode(200).body(equalTo("一、总体要求"));
        assertNull(text.header("ETag"));
        api().queryParam("format", "csv").get("/api/v1/imports/templates/{kind}", "responsibility-units")
                .then().statusCode(200).header("ETag", nullValue());
    }

    @Test
    void errorsCarryNoETag() {
        api().get("/api/v1/plans/{id}", Long.MAX_VALUE).then().statusCode(404).header("ETag", nullValue());
    }

    @Test
    void pagesLinkToNextPrevFirstAndLastKeepingTheFilters() {
        String code = unique("LINK");
        for (int i = 0; i < 5; i++) {
            Fixtures.plan(code + "-" + i, "分页 " + i);
        }
        String link = api().queryParam("q", code).queryParam("size", 2).queryParam("page", 2).queryParam("sort", "code")
                .get("/api/v1/plans").then().statusCode(200).body("total", equalTo(5)).extract().header("Link");
        String base = link.substring(1, link.indexOf("/api/v1/plans"));
        String query = "&q=" + code + "&sort=code";
        assertEquals("<" + base + "/api/v1/plans?page=3&size=2" + query + ">; rel=\"next\", "
                + "<" + base + "/api/v1/plans?page=1&size=2" + query + ">; rel=\"prev\", "
                + "<" + base + "/api/v1/plans?page=1&size=2" + query + ">; rel=\"first\", "
                + "<" + base + "/api/v1/plans?page=3&size=2" + query + ">; rel=\"last\"", link);

        // following next to the end
        String last = api().queryParam("q", code).queryParam("size", 2).queryParam("page", 3).queryParam("sort", "code")
                .get("/api/v1/plans").then().statusCode(200).body("items.size()", equalTo(1)).extract().header("Link");
        assertEquals(-1, last.indexOf("rel=\"next\""));
    }

    @Test
    void aDefaultPageLinksWithTheDefaultSize() {
        String code = unique("DEF");
        Fixtures.plan(code, "默认分页");
        String link = api().queryParam("q", code).get("/api/v1/plans").then().statusCode(200).extract().header("Link");
        assertEquals(-1, link.indexOf("rel=\"next\""));
        assertEquals(-1, link.indexOf("rel=\"prev\""));
        assertEquals(true, link.contains("?page=1&size=20&q=" + code + ">; rel=\"first\""));
    }
}
