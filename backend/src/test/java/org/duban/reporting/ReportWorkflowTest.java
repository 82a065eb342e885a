package org.duban.reporting;

import static io.restassured.RestAssured.given;
import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportWorkflowTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

    /** An assignment of a fresh unit, and that unit's reporter. */
    private record Setup(long assignmentId, long taskId, long unitId, String reporter) {
    }

    private static Setup setup() {
        var context = Fixtures.taskContext();
        long unit = Fixtures.unit("COUNTY", null);
        long assignment = Fixtures.assignment(context.taskId(), unit, "LEAD", "2099-12-31");
        return new Setup(assignment, context.taskId(), unit, Auth.reporterOf(unit));
    }

    private static JsonPath create(Setup setup, String period, int progress, boolean completed) {
        return as(setup.reporter()).body(Map.of("assignmentId", setup.assignmentId(), "period", period,
                "text", "本季度完成了示范创建迎检材料的准备。下一步：组织自查。", "progress", progress, "completed", completed))
                .post("/api/v1/progress-reports").then().statusCode(201).extract().jsonPath();
    }

    private static String etag(String bearer, long report) {
        return as(bearer).get("/api/v1/progress-reports/{id}", report).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void fileReturnResubmitApproveAndTheAssignmentFollows() {
        Setup setup = setup();
        long report = create(setup, "2024-Q1", 40, false).getLong("id");
        String reporter = setup.reporter();
        String supervisor = Auth.supervisor();

        as(supervisor).header("If-Match", etag(supervisor, report)).post("/api/v1/progress-reports/{id}/approve", report)
                .then().statusCode(409);
        as(reporter).post("/api/v1/progress-reports/{id}/submit", report).then().statusCode(428);
        as(reporter).header("If-Match", etag(reporter, report)).post("/api/v1/progress-reports/{id}/submit", report)
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as(reporter).header("If-Match", etag(reporter, report)).post("/api/v1/progress-reports/{id}/submit", report)
                .then().statusCode(409);
        as(reporter).header("If-Match", etag(reporter, report))
                .body(Map.of("text", "改", "progress", 50)).put("/api/v1/progress-reports/{id}", report).then().statusCode(409);

        as(supervisor).queryParam("state", "SUBMITTED").queryParam("unitId", setup.unitId())
                .get("/api/v1/progress-reports").then().body("items.id", contains((int) report));
        as(supervisor).header("If-Match", etag(supervisor, report)).body(Map.of("comment", " "))
                .post("/api/v1/progress-reports/{id}/return", report).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        as(supervisor).header("If-Match", etag(supervisor, report)).body(Map.of("comment", "请补充佐证材料"))
                .post("/api/v1/progress-reports/{id}/return", report).then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("reviewerComment", equalTo("请补充佐证材料"));

        as(reporter).header("If-Match", etag(reporter, report))
                .body(Map.of("text", "已补充材料，完成全部工作。", "progress", 100, "completed", true))
                .put("/api/v1/progress-reports/{id}", report).then().statusCode(200);
        as(reporter).header("If-Match", etag(reporter, report)).post("/api/v1/progress-reports/{id}/submit", report)
                .then().statusCode(200);
        as(supervisor).header("If-Match", etag(supervisor, report)).body(Map.of("comment", "同意"))
                .post("/api/v1/progress-reports/{id}/approve", report).then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("reviewedBy", equalTo(as(supervisor).get("/api/v1/me").then()
                        .extract().path("username")));

        api().get("/api/v1/assignments/{id}", setup.assignmentId()).then()
                .body("status", equalTo("COMPLETED")).body("progress", equalTo(100));
        // approved reports never change, and a completed assignment owes no more reports
        as(reporter).header("If-Match", etag(reporter, report)).body(Map.of("text", "x", "progress", 100, "completed", true))
                .put("/api/v1/progress-reports/{id}", report).then().statusCode(409);
        as(reporter).body(Map.of("assignmentId", setup.assignmentId(), "period", "2024-Q2", "text", "x", "progress", 100,
                "completed", true)).post("/api/v1/progress-reports").then().statusCode(409);
        api().queryParam("entityType", "progress-report").queryParam("entityId", report).queryParam("sort", "occurredAt")
                .get("/api/v1/audit-events").then().body("items.action",
                        contains("CREATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "APPROVE"));
    }

    @Test
    void rejectsReportsThatDoNotFit() {
        Setup setup = setup();
        Map<String, Object> base = Map.of("assignmentId", setup.assignmentId(), "text", "进展", "progress", 30);
        as(setup.reporter()).body(with(base, "period", "2024-05")).post("/api/v1/progress-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        as(setup.reporter()).body(with(with(base, "period", "2024-Q1"), "progress", 100)).post("/api/v1/progress-reports")
                .then().statusCode(400).body("errors[0].field", equalTo("completed"));
        as(setup.reporter()).body(with(with(base, "period", "2024-Q1"), "state", "APPROVED")).post("/api/v1/progress-reports")
                .then().statusCode(400).body("errors[0].field", equalTo("state"));
        long first = as(setup.reporter()).body(with(base, "period", "2024-Q1")).post("/api/v1/progress-reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(setup.reporter()).body(with(base, "period", "2024-Q1")).post("/api/v1/progress-reports").then().statusCode(409);
        // progress may go back only with a reason, measured against the assignment's approved progress
        api().header("If-Match", "\"0\"").body(Map.of("role", "LEAD", "dueDate", "2099-12-31", "status", "IN_PROGRESS",
                "progress", 60)).put("/api/v1/assignments/{id}", setup.assignmentId()).then().statusCode(200);
        as(setup.reporter()).header("If-Match", etag(setup.reporter(), first)).body(Map.of("text", "倒退", "progress", 50))
                .put("/api/v1/progress-reports/{id}", first).then().statusCode(400).body("errors[0].field", equalTo("progressReason"));
        as(setup.reporter()).header("If-Match", etag(setup.reporter(), first))
                .body(Map.of("text", "倒退", "progress", 50, "progressReason", "重新评估了工作量"))
                .put("/api/v1/progress-reports/{id}", first).then().statusCode(200).body("progressReason", equalTo("重新评估了工作量"));
        as(setup.reporter()).header("If-Match", etag(setup.reporter(), first)).delete("/api/v1/progress-reports/{id}", first)
                .then().statusCode(204);
    }

    @Test
    void onlyTheAssignedUnitWritesAndSeesItsReports() {
        Setup own = setup();
        Setup other = setup();
        long report = create(own, "2024-Q1", 10, false).getLong("id");
        as(other.reporter()).get("/api/v1/progress-reports/{id}", report).then().statusCode(404);
        as(other.reporter()).body(Map.of("assignmentId", own.assignmentId(), "period", "2024-Q2", "text", "冒名", "progress", 10))
                .post("/api/v1/progress-reports").then().statusCode(403);
        as(other.reporter()).queryParam("unitId", own.unitId()).get("/api/v1/progress-reports").then().statusCode(403);
        as(other.reporter()).get("/api/v1/progress-reports").then().statusCode(200)
                .body("items.unitId", org.hamcrest.Matchers.everyItem(equalTo((int) other.unitId())));
        as(Auth.supervisor()).body(Map.of("assignmentId", own.assignmentId(), "period", "2024-Q2", "text", "代填", "progress", 10))
                .post("/api/v1/progress-reports").then().statusCode(403);
        as(Auth.viewer()).get("/api/v1/progress-reports/{id}", report).then().statusCode(200);
    }

    @Test
    void evidenceIsCheckedByContentHashedAndServedWithItsChineseName() throws Exception {
        Setup setup = setup();
        long report = create(setup, "2024-Q2", 20, false).getLong("id");
        String reporter = setup.reporter();
        String name = "2024年第二季度法治政府建设进展.pdf";
        JsonPath attached = upload(reporter, report, name, PDF).then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(PDF.length))
                .body("fileName", equalTo(name)).extract().jsonPath();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), attached.getString("sha256"));

        var download = as(Auth.viewer()).get("/api/v1/progress-reports/{id}/attachments/{a}", report, attached.getLong("id"))
                .then().statusCode(200).contentType(startsWith("application/pdf"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")))
                .extract();
        assertArrayEquals(PDF, download.asByteArray());
        as(Auth.reporterOf(Fixtures.unit("COUNTY", null)))
                .get("/api/v1/progress-reports/{id}/attachments/{a}", report, attached.getLong("id")).then().statusCode(404);

        upload(reporter, report, "伪装.pdf", PNG).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        upload(reporter, report, "脚本.pdf", "<script>alert(1)</script>".getBytes()).then().statusCode(400);
        byte[] windowsProgram = new byte[512];
        windowsProgram[0] = 'M';
        windowsProgram[1] = 'Z';
        upload(reporter, report, "整改报告.pdf", windowsProgram).then().statusCode(400).body("errors[0].field", equalTo("file"));
        upload(reporter, report, "统计表.xlsx", xlsx()).then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        byte[] tooBig = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        upload(reporter, report, "太大.pdf", tooBig).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        as(reporter).get("/api/v1/progress-reports/{id}", report).then().body("attachments", hasSize(2));
    }

    @Test
    void urgesReachTheUnitWhichSignsAndAnswers() {
        Setup setup = setup();
        String supervisor = Auth.supervisor();
        JsonPath urged = as(supervisor).body(Map.of("assignmentIds", List.of(setup.assignmentId()), "message", "请尽快报送进展"))
                .post("/api/v1/urges").then().statusCode(201).body("level", contains("BLUE")).extract().jsonPath();
        long urge = urged.getLong("[0].id");
        as(supervisor).body(Map.of("assignmentIds", List.of(setup.assignmentId(), Long.MAX_VALUE), "message", "x"))
                .post("/api/v1/urges").then().statusCode(400).body("errors[0].field", equalTo("assignmentIds[1]"));
        as(setup.reporter()).queryParam("open", true).get("/api/v1/urges").then().statusCode(200)
                .body("items.id", contains((int) urge));
        as(Auth.reporterOf(Fixtures.unit("COUNTY", null))).post("/api/v1/urges/{id}/acknowledge", urge).then().statusCode(404);
        as(setup.reporter()).post("/api/v1/urges/{id}/acknowledge", urge).then().statusCode(200);
        as(setup.reporter()).post("/api/v1/urges/{id}/acknowledge", urge).then().statusCode(409);
        as(setup.reporter()).body(Map.of("response", "已于本周报送")).post("/api/v1/urges/{id}/respond", urge)
                .then().statusCode(200).body("response", equalTo("已于本周报送"));
        as(supervisor).queryParam("assignmentId", setup.assignmentId()).get("/api/v1/urges").then()
                .body("items[0].respondedAt", org.hamcrest.Matchers.notNullValue());
    }

    /**
     * Uploads as browsers do: a multipart body whose part header carries the file name in raw UTF-8
     * (RestAssured's own multipart support would replace Chinese characters with '?').
     */
    private static io.restassured.response.Response upload(String bearer, long report, String fileName, byte[] content) {
        String boundary = "duban-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().auth().oauth2(bearer).contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray()).post("/api/v1/progress-reports/{id}/attachments", report);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static byte[] xlsx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : List.of("[Content_Types].xml", "xl/workbook.xml")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
