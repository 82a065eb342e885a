package org.duban.importing.bulk;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.duban.support.Imports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private long plan;
    private long section;
    private String prefecture;
    private long prefectureId;
    private String otherPrefecture;
    private String countMetric;
    private String ratioMetric;
    private long ratioMetricId;

    @BeforeEach
    void plan() {
        plan = Fixtures.plan();
        section = Fixtures.section(plan, 1);
        Fixtures.task(plan, section, "1");
        Fixtures.task(plan, section, "2");
        prefecture = Fixtures.unique("海东市");
        prefectureId = Fixtures.unit(prefecture, "PREFECTURE", null);
        otherPrefecture = Fixtures.unique("西宁市");
        Fixtures.unit(otherPrefecture, "PREFECTURE", null);
        List<String> types = List.of("PREFECTURE");
        Map<String, Object> count = Fixtures.metricInput(plan, "COUNT", ">=", 2, "YEAR", "SUM", types);
        countMetric = (String) count.get("code");
        Fixtures.metric(count);
        Map<String, Object> ratio = Fixtures.metricInput(plan, "RATIO", ">=", 90, "QUARTER", "RATIO_OF_SUMS", types);
        ratioMetric = (String) ratio.get("code");
        ratioMetricId = Fixtures.metric(ratio);
    }

    static Response submit(RequestSpecification as, String kind, Long plan, boolean dryRun, String type, byte[] body) {
        RequestSpecification request = as.contentType(type).queryParam("kind", kind).queryParam("dryRun", dryRun).body(body);
        if (plan != null) {
            request.queryParam("planId", plan);
        }
        return request.post("/api/v1/imports");
    }

    private JsonPath run(String kind, boolean dryRun, String type, byte[] body) {
        Response accepted = submit(api(), kind, plan, dryRun, type, body);
        accepted.then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString("/api/v1/imports/"));
        return Imports.await(org.duban.support.ApiSpec::api, accepted.jsonPath().getLong("id"));
    }

    private static byte[] csv(Charset charset, boolean bom, String... lines) {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    private String figures(int numerator) {
        return String.join("\n", "指标代码,单位名称,统计期,数值,分子,分母",
                countMetric + "," + prefecture + ",2024,3,,",
                ratioMetric + "," + prefecture + ",2024-Q1,," + numerator + ",20",
                ratioMetric + "," + prefecture + ",2024-Q2,,20,20");
    }

    @Test
    void dryRunThenCommitThenTheSameFileChangesNothing() {
        byte[] file = csv(StandardCharsets.UTF_8, true, figures(18));
        JsonPath dry = run("metric-values", true, "text/csv", file);
        assertEquals("SUCCEEDED", dry.getString("state"));
        assertEquals(List.of(3, 0, 0), List.of(dry.getInt("created"), dry.getInt("updated"), dry.getInt("unchanged")));
        assertEquals("UTF-8", dry.getString("charset"));
        api().queryParam("planId", plan).queryParam("unitId", prefectureId).get("/api/v1/metric-values").then().statusCode(200)
                .body("total", equalTo(0));

        JsonPath commit = run("metric-values", false, "text/csv", file);
        api().queryParam("planId", plan).queryParam("unitId", prefectureId).get("/api/v1/metric-values").then().statusCode(200)
                .body("total", equalTo(3));
        assertEquals(List.of(3, 0, 0, 3), List.of(commit.getInt("created"), commit.getInt("updated"), commit.getInt("unchanged"),
                commit.getInt("rowsTotal")));
        JsonPath again = run("metric-values", false, "text/csv", file);
        assertEquals(List.of(0, 0, 3), List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged")));
        // one figure changed: one update, the rest unchanged
        JsonPath changed = run("metric-values", false, "text/csv", csv(StandardCharsets.UTF_8, false, figures(19)));
        assertEquals(List.of(0, 1, 2), List.of(changed.getInt("created"), changed.getInt("updated"), changed.getInt("unchanged")));
    }

    @Test
    void gb18030IsDetectedAndChineseHeadersAndValuesRead() {
        JsonPath job = run("metric-values", false, "text/csv", csv(Charset.forName("GB18030"), false, figures(17)));
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals("GB18030", job.getString("charset"));
        assertEquals(3, job.getInt("created"));
    }

    @Test
    void everyRowErrorIsReportedWithRowColumnValueAndNothingIsWritten() {
        byte[] file = csv(StandardCharsets.UTF_8, false, "metricCode,unitName,period,value,numerator,denominator",
                countMetric + "," + prefecture + ",2024,3,,",
                ratioMetric + "," + prefecture + ",2024-Q1,,21,20",
                ratioMetric + "," + prefecture + ",2024-13,,1,2",
                "NO-SUCH-METRIC," + prefecture + ",2024,1,,",
                countMetric + ",没有这个单位,2024,1,,",
                countMetric + "," + prefecture + ",2024,3,,");
        JsonPath job = run("metric-values", false, "text/csv", file);
        assertEquals("FAILED", job.getString("state"));
        List<Map<String, Object>> errors = job.getList("errors");
        assertEquals(5, job.getInt("errorCount"), job.prettify());
        assertEquals(Map.of("row", 3, "column", "numerator", "value", "21", "message", "must not exceed the denominator"), errors.get(0));
        assertEquals(4, errors.get(1).get("row"));
        assertEquals("period", errors.get(1).get("column"));
        assertEquals("NO-SUCH-METRIC", errors.get(2).get("value"));
        assertEquals("unitName", errors.get(3).get("column"));
        assertEquals(7, errors.get(4).get("row"));
        assertTrue(((String) errors.get(4).get("message")).startsWith("repeats row 2"));
        // all or nothing: the good first row was not written either
        JsonPath again = run("metric-values", true, "text/csv",
                csv(StandardCharsets.UTF_8, false, "metricCode,unitName,period,value", countMetric + "," + prefecture + ",2024,3"));
        assertEquals(1, again.getInt("created"));
    }

    /** 3,030 figures: more than one chunk of the metric-value writer (its first goes out at 2,000 rows). */
    private String manyFigures(List<String> units, int changeEvery, String lastRow) {
        StringBuilder file = new StringBuilder("metricCode,unitName,period,value,numerator,denominator,note\n");
        int row = 0;
        for (String unit : units) {
            for (int year = 2000; year <= 2100; year++) {
                int value = (year + (changeEvery > 0 && row++ % changeEvery == 0 ? 1 : 0)) % 7;
                file.append(countMetric).append(',').append(unit).append(',').append(year).append(',').append(value).append(",,,\n");
                for (int quarter = 1; quarter <= 4; quarter++) {
                    int numerator = (year + quarter + (changeEvery > 0 && row++ % changeEvery == 0 ? 1 : 0)) % 20;
                    file.append(ratioMetric).append(',').append(unit).append(',').append(year).append("-Q").append(quarter)
                            .append(",,").append(numerator).append(",20,").append(year == 2024 ? "\"说明\t\\附\n第二行\"" : "")
                            .append('\n');
                }
            }
        }
        return file + (lastRow == null ? "" : lastRow + "\n");
    }

    @Test
    void manyRowsAreWrittenAllOrNothingWithExactCounts() {
        List<String> units = new java.util.ArrayList<>(List.of(prefecture));
        for (int i = 0; i < 5; i++) {
            String name = Fixtures.unique("分块市");
            Fixtures.unit(name, "PREFECTURE", null);
            units.add(name);
        }
        byte[] good = manyFigures(units, 0, null).getBytes(StandardCharsets.UTF_8);
        // a bad last row: the chunks already written roll back
        JsonPath bad = run("metric-values", false, "text/csv",
                manyFigures(units, 0, ratioMetric + "," + prefecture + ",2101-Q1,,1,2,").getBytes(StandardCharsets.UTF_8));
        assertEquals("FAILED", bad.getString("state"));
        assertEquals(1, bad.getInt("errorCount"), bad.prettify());
        assertEquals(3032, bad.getInt("errors[0].row"));
        JsonPath dry = run("metric-values", true, "text/csv", good);
        assertEquals(List.of(3030, 0, 0), List.of(dry.getInt("created"), dry.getInt("updated"), dry.getInt("unchanged")));
        api().queryParam("planId", plan).queryParam("unitId", prefectureId).get("/api/v1/metric-values").then().statusCode(200)
                .body("total", equalTo(0));

        JsonPath commit = run("metric-values", false, "text/csv", good);
        assertEquals(List.of(3030, 0, 0), List.of(commit.getInt("created"), commit.getInt("updated"), commit.getInt("unchanged")));
        api().get("/api/v1/metric-values/{metricId}/{unitId}/{period}", ratioMetricId, prefectureId, "2024-Q3").then()
                .statusCode(200).body("note", equalTo("说明\t\\附\n第二行"));
        JsonPath again = run("metric-values", false, "text/csv", good);
        assertEquals(List.of(0, 0, 3030), List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged")));
        JsonPath changed = run("metric-values", false, "text/csv", manyFigures(units, 3, null).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(0, 1010, 2020), List.of(changed.getInt("created"), changed.getInt("updated"), changed.getInt("unchanged")));
    }

    @Test
    void xlsxAssignmentsWithChineseWordsAndDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("分工");
            Row header = sheet.createRow(0);
            String[] headers = { "任务序号", "单位名称", "分工角色", "完成时限" };
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Object[][] rows = { { "1", prefecture, "牵头", java.time.LocalDate.of(2024, 6, 30) },
                    { 2.0, otherPrefecture, "配合", "2024/12/31" } };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < 4; c++) {
                    Object value = rows[r][c];
                    if (value instanceof java.time.LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            book.write(out);
        }
        JsonPath job = run("assignments", false, XLSX, out.toByteArray());
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("created"));
        JsonPath list = api().queryParam("planId", plan).queryParam("sort", "taskNumber").get("/api/v1/assignments")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("LEAD", "CO"), list.getList("items.role"));
        assertEquals(List.of("2024-06-30", "2024-12-31"), list.getList("items.dueDate"));
        assertEquals("XLSX", job.getString("format"));
    }

    @Test
    void jsonUnitsWithTheirHierarchyInOneFile() {
        String code = String.valueOf(600000 + (System.nanoTime() % 99999));
        String county = String.valueOf(Long.parseLong(code) + 1);
        String body = """
                [{"code": "%s", "name": "%s", "type": "市州"},
                 {"区划代码": "%s", "单位名称": "%s", "单位类型": "COUNTY", "上级单位代码": "%s"}]"""
                .formatted(code, Fixtures.unique("测试州"), county, Fixtures.unique("测试县"), code);
        JsonPath job = run("responsibility-units", false, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("created"));
        long parent = api().queryParam("q", code).get("/api/v1/responsibility-units").then().extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
        api().queryParam("q", county).get("/api/v1/responsibility-units").then().statusCode(200)
                .body("items.find { it.code == '" + county + "' }.parentId", equalTo((int) parent));
        JsonPath again = run("responsibility-units", false, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, again.getInt("unchanged"));
    }

    @Test
    void aReportersImportIsHeldToTheirUnitRowByRow() {
        Fixtures.assignment(api().queryParam("planId", plan).get("/api/v1/tasks").then().extract().jsonPath()
                .getLong("items.find { it.number == '1' }.id"), prefectureId, "LEAD", "2099-12-31");
        String reporter = Auth.reporterOf(prefectureId);
        byte[] file = csv(StandardCharsets.UTF_8, false, "任务序号,单位名称,报告期,进展情况,进度,状态",
                "1," + prefecture + ",2024-Q1,召开专题会议，制定方案。,30,已报送",
                "1," + otherPrefecture + ",2024-Q1,不是本单位的数据。,30,草稿");
        Response accepted = submit(as(reporter), "progress-reports", plan, false, "text/csv", file);
        JsonPath job = Imports.await(() -> as(reporter), accepted.then().statusCode(202).extract().jsonPath().getLong("id"));
        assertEquals("FAILED", job.getString("state"));
        assertEquals("you may only import your own unit's rows", job.getString("errors[0].message"));
        assertEquals(3, job.getInt("errors[0].row"));

        byte[] own = csv(StandardCharsets.UTF_8, false, "任务序号,单位名称,报告期,进展情况,进度,状态",
                "1," + prefecture + ",2024-Q1,召开专题会议，制定方案。,30,已报送");
        JsonPath ok = Imports.await(() -> as(reporter), submit(as(reporter), "progress-reports", plan, false, "text/csv", own).jsonPath().getLong("id"));
        assertEquals(1, ok.getInt("created"), ok.prettify());
        as(reporter).queryParam("unitId", prefectureId).get("/api/v1/progress-reports").then().statusCode(200)
                .body("items[0].state", equalTo("SUBMITTED")).body("items[0].period", equalTo("2024-Q1"));
        // the same file again: the report awaits review and cannot be replaced
        JsonPath replaced = Imports.await(() -> as(reporter), submit(as(reporter), "progress-reports", plan, false, "text/csv", own).jsonPath().getLong("id"));
        assertEquals("FAILED", replaced.getString("state"));
        // reporters may not import units; viewers nothing
        submit(as(reporter), "responsibility-units", null, true, "application/json", "[]".getBytes()).then().statusCode(403);
        submit(as(Auth.viewer()), "metric-values", plan, true, "text/csv", own).then().statusCode(403);
        // the job is the reporter's: another reporter does not see it
        as(Auth.reporterOf(Fixtures.unit("COUNTY", null))).get("/api/v1/imports/{id}", ok.getLong("id")).then().statusCode(404);
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstJobAndRefusesAnotherFile() {
        byte[] file = csv(StandardCharsets.UTF_8, false, figures(10));
        String key = Fixtures.unique("key");
        Response first = api().header("Idempotency-Key", key).contentType("text/csv").queryParam("kind", "metric-values")
                .queryParam("planId", plan).queryParam("dryRun", false).body(file).post("/api/v1/imports");
        first.then().statusCode(202);
        Imports.await(org.duban.support.ApiSpec::api, first.jsonPath().getLong("id"));
        api().header("Idempotency-Key", key).contentType("text/csv").queryParam("kind", "metric-values")
                .queryParam("planId", plan).queryParam("dryRun", false).body(file).post("/api/v1/imports")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first.jsonPath().getInt("id"))).body("state", equalTo("SUCCEEDED"));
        api().header("Idempotency-Key", key).contentType("text/csv").queryParam("kind", "metric-values")
                .queryParam("planId", plan).queryParam("dryRun", false).body(csv(StandardCharsets.UTF_8, false, figures(11)))
                .post("/api/v1/imports").then().statusCode(422).contentType(startsWith("application/problem+json"));
        api().post("/api/v1/imports/{id}/cancel", first.jsonPath().getLong("id")).then().statusCode(409);
    }

    @Test
    void badSubmissionsAre4xxProblems() {
        submit(api(), "metric-values", plan, true, XLSX, "not a zip".getBytes()).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        submit(api(), "metric-values", plan, true, "application/json", "hello".getBytes()).then().statusCode(400);
        submit(api(), "metric-values", null, true, "text/csv", "a,b\n1,2\n".getBytes()).then().statusCode(400)
                .body("errors[0].field", equalTo("planId"));
        submit(api(), "tasks", plan, true, "text/csv", "a,b\n1,2\n".getBytes()).then().statusCode(400);
        submit(api(), "metric-values", plan, true, "text/csv", new byte[0]).then().statusCode(400);
        api().contentType("text/plain").queryParam("kind", "metric-values").queryParam("planId", plan).body("x")
                .post("/api/v1/imports").then().statusCode(415).contentType(startsWith("application/problem+json"));
        JsonPath missingColumns = run("metric-values", true, "text/csv", "foo,bar\n1,2\n".getBytes());
        assertEquals("FAILED", missingColumns.getString("state"));
        assertTrue(missingColumns.getString("message").startsWith("missing column(s): metricCode (指标代码)"));
        JsonPath brokenXlsx = run("metric-values", true, XLSX, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
        assertEquals("FAILED", brokenXlsx.getString("state"));
    }

    @Test
    void tenThousandRowsImportAsOneTransactionWithProgress() {
        StringBuilder file = new StringBuilder("metricCode,unitName,period,numerator,denominator\n");
        // one ratio metric, one unit, but the quarter key must be unique: use many units
        int units = 2500;
        StringBuilder unitFile = new StringBuilder("name,type\n");
        String prefix = Fixtures.unique("批量");
        for (int u = 0; u < units; u++) {
            unitFile.append(prefix).append(u).append(",PREFECTURE\n");
        }
        JsonPath unitJob = run("responsibility-units", false, "text/csv", unitFile.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(units, unitJob.getInt("created"), unitJob.prettify());
        for (int u = 0; u < units; u++) {
            for (int q = 1; q <= 4; q++) {
                file.append(ratioMetric).append(',').append(prefix).append(u).append(",2024-Q").append(q).append(',')
                        .append(u % 20).append(",20\n");
            }
        }
        long started = System.nanoTime();
        JsonPath job = run("metric-values", false, "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf("imported %d metric values in %d ms%n", job.getInt("created"), (System.nanoTime() - started) / 1_000_000);
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(10000, job.getInt("created"));
        assertEquals(10000, job.getInt("rowsDone"));
    }

    @Test
    void templatesCarryChineseHeadersAndAnExample() throws Exception {
        byte[] csv = api().queryParam("format", "csv").get("/api/v1/imports/templates/{kind}", "metric-values").then()
                .statusCode(200).extract().asByteArray();
        assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("\uFEFF指标代码,单位代码,单位名称,统计期"));
        byte[] xlsx = api().queryParam("format", "xlsx").get("/api/v1/imports/templates/{kind}", "progress-reports").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("导入数据", book.getSheetAt(0).getSheetName());
            assertEquals("说明", book.getSheetAt(1).getSheetName());
            assertEquals("任务序号", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        // a template filled in as it comes imports
        JsonPath kinds = api().get("/api/v1/imports/kinds").then().statusCode(200).extract().jsonPath();
        assertEquals(4, kinds.getList("$").size());
        api().queryParam("format", "json").get("/api/v1/imports/templates/{kind}", "assignments").then().statusCode(200)
                .body("[0].taskNumber", equalTo("3"));
        api().queryParam("format", "pdf").get("/api/v1/imports/templates/{kind}", "assignments").then().statusCode(400);
    }
}
