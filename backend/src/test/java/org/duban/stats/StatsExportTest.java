package org.duban.stats;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.support.Auth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exports read back: XLSX cell by cell with POI, CSV byte by byte, PDF text and fonts with PDFBox; and who may export what. */
@QuarkusTest
class StatsExportTest {
    @Inject
    EntityManager em;

    private StatsDataset data;

    @BeforeEach
    void craft() {
        data = new StatsDataset(em, 20241231L);
    }

    private Response export(String bearer, String path, Map<String, Object> query) {
        return as(bearer).queryParams(query).get(path).then().statusCode(200).extract().response();
    }

    @Test
    void scorecardXlsxHoldsTheRankingCellByCell() throws Exception {
        JsonPath card = api().queryParam("planId", data.planId).queryParam("type", "PREFECTURE")
                .get("/api/v1/reports/scorecard").then().statusCode(200).extract().jsonPath();
        Response file = export(Auth.supervisor(), "/api/v1/reports/scorecard/export",
                Map.of("planId", data.planId, "type", "PREFECTURE", "format", "xlsx"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.contentType());
        assertTrue(file.header("Content-Disposition").contains("filename*=UTF-8''2024%E5%B9%B4"), file.header("Content-Disposition"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("市州排名", sheet.getSheetName());
            assertTrue(sheet.getPaneInformation().isFreezePane(), "the header row is frozen");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            Row header = sheet.getRow(0);
            assertEquals(List.of("排名", "单位", "代码", "任务分工", "已完成", "按期完成", "逾期", "应报进展", "按时报送", "退回次数",
                    "催办次数", "适用指标", "达标指标", "按期完成率", "按时报送率", "指标达标率", "得分"), texts(header));
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "the header is bold");
            assertTrue(sheet.getColumnWidth(1) >= 20 * 256, "the unit column is wide enough for a Chinese name");
            List<Map<String, Object>> rows = card.getList("rows");
            assertEquals(rows.size(), sheet.getLastRowNum());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> expected = rows.get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(((Number) expected.get("rank")).doubleValue(), row.getCell(0).getNumericCellValue());
                assertEquals(expected.get("name"), row.getCell(1).getStringCellValue());
                assertEquals(((Number) expected.get("assignments")).doubleValue(), row.getCell(3).getNumericCellValue());
                assertEquals(((Number) expected.get("reportsOnTime")).doubleValue(), row.getCell(8).getNumericCellValue());
                assertEquals(((Number) expected.get("urges")).doubleValue(), row.getCell(10).getNumericCellValue());
                Object rate = expected.get("completionRate");
                if (rate == null) {
                    assertTrue(row.getCell(13) == null || row.getCell(13).getCellType() == CellType.BLANK);
                } else {
                    assertEquals(((Number) rate).doubleValue(), row.getCell(13).getNumericCellValue(), 1e-4);
                    assertEquals("0.0\"%\"", row.getCell(13).getCellStyle().getDataFormatString());
                }
                assertEquals(((Number) expected.get("score")).doubleValue(), row.getCell(16).getNumericCellValue(), 1e-4);
            }
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void taskListXlsxHasOneSheetPerSectionWithEveryAssignment() throws Exception {
        Response file = export(Auth.supervisor(), "/api/v1/reports/tasks/export", Map.of("planId", data.planId, "format", "xlsx"));
        long total = api().queryParam("planId", data.planId).get("/api/v1/reports/dashboard").then().statusCode(200).extract()
                .jsonPath().getLong("assignments.total");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.asByteArray()))) {
            int rows = 0;
            List<String> names = new ArrayList<>();
            for (Sheet sheet : book) {
                names.add(sheet.getSheetName());
                rows += sheet.getLastRowNum();
                assertEquals("部分", sheet.getRow(0).getCell(0).getStringCellValue());
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    assertEquals(sheet.getSheetName(), sheet.getRow(r).getCell(0).getStringCellValue());
                    assertEquals("yyyy-mm-dd", sheet.getRow(r).getCell(6).getCellStyle().getDataFormatString());
                }
            }
            assertEquals(total, rows);
            assertTrue(names.size() <= 2 && names.contains("第1部分"), names.toString());
        }
    }

    @Test
    void csvHasABomAndChineseAndQuotesWhatNeedsIt() {
        byte[] bytes = export(Auth.supervisor(), "/api/v1/reports/scorecard/export",
                Map.of("planId", data.planId, "type", "PREFECTURE", "format", "csv")).asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("排名,单位,代码,任务分工,已完成,按期完成,逾期,应报进展,按时报送,退回次数,催办次数,适用指标,达标指标,按期完成率,按时报送率,指标达标率,得分",
                lines.get(0));
        String name = api().get("/api/v1/responsibility-units/{id}", data.prefectureA).then().extract().jsonPath().getString("name");
        assertTrue(text.contains(name), "the unit's Chinese name is in the CSV");
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");

        String checklist = new String(export(Auth.supervisor(), "/api/v1/reports/checklist/export",
                Map.of("planId", data.planId, "unitId", data.prefectureA, "format", "csv")).asByteArray(), StandardCharsets.UTF_8);
        // the checklist's CSV starts with its BOM and Chinese header too (quoting is CsvSinkTest's)
        assertTrue(checklist.startsWith("\uFEFF序号,任务,角色,完成时限"), checklist.substring(0, 40));
    }

    @Test
    void pdfEmbedsAChineseFontAndCarriesTheTitles() throws Exception {
        for (String path : List.of("/api/v1/reports/scorecard/export", "/api/v1/reports/tasks/export",
                "/api/v1/reports/metric-attainment/export", "/api/v1/reports/checklist/export")) {
            Response file = export(Auth.supervisor(), path, Map.of("planId", data.planId, "type", "PREFECTURE",
                    "unitId", data.prefectureA, "format", "pdf"));
            assertEquals("application/pdf", file.contentType());
            try (PDDocument pdf = Loader.loadPDF(file.asByteArray())) {
                String text = new PDFTextStripper().getText(pdf);
                String expected = switch (path) {
                    case "/api/v1/reports/scorecard/export" -> "2024年市州综合评分排名";
                    case "/api/v1/reports/tasks/export" -> "2024年任务分工清单";
                    case "/api/v1/reports/metric-attainment/export" -> "2024年指标完成情况表";
                    default -> "对照检查清单";
                };
                assertTrue(text.contains(expected), path + " text: " + text.substring(0, Math.min(200, text.length())));
                assertTrue(text.contains("测试工作要点"), "the plan's title in Chinese");
                boolean embedded = false;
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        embedded |= font.isEmbedded();
                    }
                }
                assertTrue(embedded, path + " embeds its font");
            }
        }
    }

    @Test
    void aReporterExportsOnlyTheirOwnUnit() {
        String reporter = Auth.reporterOf(data.prefectureA);
        long own = api().queryParam("planId", data.planId).queryParam("unitId", data.prefectureA).get("/api/v1/reports/checklist")
                .then().statusCode(200).extract().jsonPath().getList("rows").size();
        String csv = new String(export(reporter, "/api/v1/reports/tasks/export", Map.of("planId", data.planId, "format", "csv"))
                .asByteArray(), StandardCharsets.UTF_8);
        assertEquals(own + 1, csv.lines().count(), "header and the reporter's own rows only");
        as(reporter).queryParam("planId", data.planId).queryParam("unitId", data.prefectureB).queryParam("format", "xlsx")
                .get("/api/v1/reports/checklist/export").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        as(reporter).queryParam("planId", data.planId).queryParam("unitId", data.prefectureB).queryParam("format", "csv")
                .get("/api/v1/reports/tasks/export").then().statusCode(403);
        as(reporter).queryParam("planId", data.planId).queryParam("unitId", data.prefectureB)
                .get("/api/v1/reports/dashboard").then().statusCode(403);
        JsonPath card = as(reporter).queryParam("planId", data.planId).queryParam("type", "PREFECTURE")
                .get("/api/v1/reports/scorecard").then().statusCode(200).extract().jsonPath();
        assertTrue(card.getList("rows.unitId").stream().allMatch(id -> ((Number) id).longValue() == data.prefectureA));
        JsonPath table = as(reporter).queryParam("planId", data.planId).get("/api/v1/reports/metric-attainment")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) data.prefectureA), table.getList("units.id"));
        // the checklist defaults to the reporter's own unit
        as(reporter).queryParam("planId", data.planId).get("/api/v1/reports/checklist").then().statusCode(200)
                .body("unitId", equalTo((int) data.prefectureA));
    }

    @Test
    void badArgumentsAre400ProblemsAndNeverFiles() {
        for (Map<String, Object> query : List.<Map<String, Object>>of(
                Map.of("planId", data.planId, "type", "PREFECTURE", "format", "doc"),
                Map.of("planId", 999999999, "type", "PREFECTURE", "format", "csv"),
                Map.of("planId", data.planId, "type", "CITY", "format", "csv"),
                Map.of("planId", data.planId, "type", "PREFECTURE"))) {
            api().queryParams(query).get("/api/v1/reports/scorecard/export").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
        api().queryParam("planId", data.planId).queryParam("period", "2024-13").get("/api/v1/reports/dashboard")
                .then().statusCode(400).body("errors[0].field", containsString("period"));
        api().queryParam("planId", data.planId).queryParam("period", "2023-Q1").get("/api/v1/reports/dashboard")
                .then().statusCode(400);
        api().queryParam("planId", data.planId).queryParam("sectionId", 999999999).get("/api/v1/reports/dashboard")
                .then().statusCode(400);
        api().queryParam("planId", data.planId).get("/api/v1/reports/checklist").then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        api().queryParam("planId", data.planId).queryParam("period", "2024-W3").get("/api/v1/reports/metric-attainment")
                .then().statusCode(400);
        api().queryParam("planId", data.planId).queryParam("colour", "BLUE").queryParam("format", "csv")
                .get("/api/v1/reports/tasks/export").then().statusCode(400);
    }
}
