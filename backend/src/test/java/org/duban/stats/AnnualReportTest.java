package org.duban.stats;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.duban.support.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnnualReportTest {
    @Inject
    EntityManager em;

    private StatsDataset data;

    @BeforeEach
    void craft() {
        data = new StatsDataset(em, 7L);
    }

    private Response create(String bearer, long unitId) {
        return as(bearer).body(Map.of("planId", data.planId, "unitId", unitId)).post("/api/v1/annual-reports");
    }

    private static Map<String, Object> edit(JsonPath report, String measures) {
        Map<String, Object> body = new HashMap<>();
        for (String part : new String[] { "title", "shortcomings", "leadership", "nextYear", "otherMatters" }) {
            body.put(part, report.getString(part));
        }
        body.put("measures", measures);
        return body;
    }

    @Test
    void draftsFromTheFiguresThenEditsFinalisesAndLocks() {
        String supervisor = Auth.supervisor();
        Response created = create(supervisor, data.prefectureA);
        created.then().statusCode(201).header("Location", containsString("/api/v1/annual-reports/"))
                .body("state", equalTo("DRAFT")).body("dueDate", equalTo("2025-04-01"))
                .body("title", containsString("2024年法治政府建设情况报告"))
                .body("measures", containsString("第1部分")).body("measures", containsString("任务1"))
                .body("shortcomings", containsString("主要原因")).body("nextYear", startsWith("2025年"));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        create(supervisor, data.prefectureA).then().statusCode(409).contentType(startsWith("application/problem+json"));
        create(supervisor, data.department).then().statusCode(201).body("dueDate", equalTo("2025-03-01"));

        JsonPath report = created.jsonPath();
        api().body(edit(report, "本年度主要举措：……")).put("/api/v1/annual-reports/{id}", id).then().statusCode(428);
        api().header("If-Match", "\"999\"").body(edit(report, "本年度主要举措：……")).put("/api/v1/annual-reports/{id}", id)
                .then().statusCode(412);
        Response edited = api().header("If-Match", etag).body(edit(report, "本年度主要举措：……"))
                .put("/api/v1/annual-reports/{id}", id);
        edited.then().statusCode(200).body("measures", equalTo("本年度主要举措：……"));
        Map<String, Object> blankTitle = edit(report, "x");
        blankTitle.put("title", " ");
        api().header("If-Match", edited.header("ETag")).body(blankTitle).put("/api/v1/annual-reports/{id}", id).then().statusCode(400);

        Response regenerated = api().header("If-Match", edited.header("ETag")).post("/api/v1/annual-reports/{id}/regenerate", id);
        regenerated.then().statusCode(200).body("measures", containsString("第1部分"));
        Response finalised = api().header("If-Match", regenerated.header("ETag")).post("/api/v1/annual-reports/{id}/finalise", id);
        finalised.then().statusCode(200).body("state", equalTo("FINAL")).body("finalisedBy", startsWith("supervisor"));
        String last = finalised.header("ETag");
        api().header("If-Match", last).body(edit(report, "改")).put("/api/v1/annual-reports/{id}", id).then().statusCode(409);
        api().header("If-Match", last).post("/api/v1/annual-reports/{id}/regenerate", id).then().statusCode(409);
        api().header("If-Match", last).post("/api/v1/annual-reports/{id}/finalise", id).then().statusCode(409);
        api().get("/api/v1/annual-reports/{id}", id).then().statusCode(200).body("version", equalTo(
                finalised.jsonPath().getInt("version")));
    }

    @Test
    void exportsTheFivePartsAsADocument() throws Exception {
        long id = create(Auth.supervisor(), data.prefectureB).then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] pdf = api().queryParam("format", "pdf").get("/api/v1/annual-reports/{id}/export", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
            for (String heading : AnnualReportService.PART_HEADINGS) {
                assertTrue(text.contains(heading), "the PDF has the heading " + heading);
            }
            assertTrue(text.contains("2024年法治政府建设情况报告"));
            assertTrue(text.contains("草稿"));
        }
        String csv = new String(api().queryParam("format", "csv").get("/api/v1/annual-reports/{id}/export", id).then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF部分,内容\r\n一、推进法治政府建设的主要举措和成效,"), csv.substring(0, 40));
        api().queryParam("format", "docx").get("/api/v1/annual-reports/{id}/export", id).then().statusCode(400);
    }

    @Test
    void reportersWriteTheirOwnUnitsReportAndCannotSeeOthers() {
        String reporterA = Auth.reporterOf(data.prefectureA);
        String reporterB = Auth.reporterOf(data.prefectureB);
        Response own = as(reporterA).body(Map.of("planId", data.planId)).post("/api/v1/annual-reports");
        own.then().statusCode(201).body("unitId", equalTo((int) data.prefectureA));
        long id = own.jsonPath().getLong("id");
        create(reporterA, data.prefectureB).then().statusCode(403);
        as(reporterB).get("/api/v1/annual-reports/{id}", id).then().statusCode(404);
        as(reporterB).header("If-Match", own.header("ETag")).post("/api/v1/annual-reports/{id}/finalise", id).then().statusCode(404);
        as(reporterB).queryParam("format", "pdf").get("/api/v1/annual-reports/{id}/export", id).then().statusCode(404);
        assertEquals(0, as(reporterB).queryParam("planId", data.planId).get("/api/v1/annual-reports").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
        as(Auth.viewer()).body(Map.of("planId", data.planId, "unitId", data.prefectureA)).post("/api/v1/annual-reports")
                .then().statusCode(403);
        as(Auth.viewer()).get("/api/v1/annual-reports/{id}", id).then().statusCode(200);
    }
}
