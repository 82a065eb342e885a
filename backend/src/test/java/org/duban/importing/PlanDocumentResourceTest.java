package org.duban.importing;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanDocumentResourceTest {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static String qinghai() throws IOException {
        try (InputStream in = PlanDocumentResourceTest.class.getClassLoader().getResourceAsStream("demo/qinghai-2024-plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void previewsTheQinghaiPlanFromTextAndFromDocxAlike() throws IOException {
        String text = qinghai();
        JsonPath preview = api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/plan-documents/preview").then().statusCode(200)
                .body("header.documentNumber", equalTo("青政办函〔2024〕19号"))
                .body("header.issuedOn", equalTo("2024-02-01"))
                .body("sections", hasSize(9))
                .body("sections[0].number", equalTo("一"))
                .body("sections[0].tasks[2].targets[0].comparator", equalTo(">="))
                .body("sections.tasks.flatten().find { it.number == '14' }.deadlines[0].date", equalTo("2024-06-30"))
                .extract().jsonPath();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(docx);
        }
        JsonPath fromDocx = api().contentType(DOCX).body(docx.toByteArray()).post("/api/v1/plan-documents/preview").then()
                .statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(preview.getList("sections.title"), fromDocx.getList("sections.title"));
        api().contentType(DOCX).body("not a docx".getBytes()).post("/api/v1/plan-documents/preview").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        api().contentType("text/plain").body(new byte[0]).post("/api/v1/plan-documents/preview").then().statusCode(400);
        as(Auth.viewer()).contentType("text/plain").body("一、测试").post("/api/v1/plan-documents/preview").then().statusCode(403);
    }

    private static Map<String, Object> document(String code, long unit, String secondTitle) {
        Map<String, Object> plan = Fixtures.planInput(code, "测试工作要点 " + code);
        Map<String, Object> task = new HashMap<>(Map.of("number", "1", "title", "加强依法行政意识和能力",
                "text", "落实领导班子定期学法制度，每年至少举办2次以上法治专题讲座。", "deadline", "2024-06-30",
                "children", List.of(Map.of("title", "举办法治专题讲座", "text", "每年至少2次。")),
                "units", List.of(Map.of("unitId", unit, "role", "LEAD")),
                "targets", List.of(Map.of("name", "法治专题讲座", "comparator", ">=", "value", 2, "unit", "次"))));
        Map<String, Object> second = new HashMap<>(Map.of("number", "2", "title", secondTitle, "text", "正文。",
                "units", List.of(), "targets", List.of(Map.of("name", "出庭应诉率", "comparator", ">=", "value", 90, "unit", "%"))));
        return Map.of("plan", plan, "createMetrics", true, "createAssignments", true, "sections", List.of(
                Map.of("title", "进一步加强党的领导", "tasks", List.of(task)),
                Map.of("title", "完善政府治理体系", "tasks", List.of(second))));
    }

    @Test
    void commitCreatesThePlanWithMeasuresMetricsAndAssignmentsOrNothing() {
        long unit = Fixtures.unit("PREFECTURE", null);
        String code = Fixtures.unique("DOC");
        // an error in the second section: nothing of the first is kept either
        api().body(document(code, unit, " ")).post("/api/v1/plan-documents").then().statusCode(400)
                .body("errors[0].field", containsString("sections[1].tasks[0].title"));
        api().queryParam("q", code).get("/api/v1/plans").then().statusCode(200).body("total", equalTo(0));

        JsonPath result = api().body(document(code, unit, "全面推进政务公开")).post("/api/v1/plan-documents").then().statusCode(201)
                .header("Location", containsString("/api/v1/plans/"))
                .body("sections", equalTo(2)).body("tasks", equalTo(2)).body("measures", equalTo(1))
                .body("metrics", equalTo(2)).body("assignments", equalTo(1)).extract().jsonPath();
        long plan = result.getLong("planId");
        api().queryParam("planId", plan).get("/api/v1/tasks").then().statusCode(200)
                .body("items.find { it.number == '1.1' }.parentId", notNullValue());
        api().queryParam("planId", plan).get("/api/v1/metrics").then().statusCode(200)
                .body("items.find { it.code == 'T1-1' }.appliesTo", equalTo(List.of("PREFECTURE")))
                .body("items.find { it.code == 'T2-1' }.kind", equalTo("PERCENT"));
        api().queryParam("planId", plan).get("/api/v1/assignments").then().statusCode(200)
                .body("items[0].role", equalTo("LEAD")).body("items[0].dueDate", equalTo("2024-06-30"));
        api().body(document(code, unit, "又一次")).post("/api/v1/plan-documents").then().statusCode(409);
        as(Auth.reporterOf(unit)).body(document(Fixtures.unique("DOC"), unit, "x")).post("/api/v1/plan-documents").then()
                .statusCode(403);
    }
}
