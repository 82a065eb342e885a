package org.duban.search;

import static org.duban.support.ApiSpec.anonymous;
import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.ApiSpec.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

/** GET /search on real PostgreSQL; the test profile counts totals up to 25 (duban.search.count-cap). */
@QuarkusTest
class SearchResourceTest {
    private static final String SEARCH = "/api/v1/search";
    private static final int COUNT_CAP = 25;

    /** Four random CJK ideographs: a word no other test's rows contain. */
    private static String word() {
        StringBuilder word = new StringBuilder();
        ThreadLocalRandom.current().ints(4, 0x4E00, 0x9FA6).forEach(word::appendCodePoint);
        return word.toString();
    }

    private static ValidatableResponse search(RequestSpecification as, String q, Object... more) {
        RequestSpecification request = as.queryParam("q", q);
        for (int i = 0; i < more.length; i += 2) {
            request = request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get(SEARCH).then();
    }

    private static long task(long planId, long sectionId, String number, String title, String content) {
        Map<String, Object> input = Fixtures.taskInput(planId, sectionId, number, title);
        if (content != null) {
            input.put("content", content);
        }
        return api().body(input).post("/api/v1/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long report(long assignmentId, String reporter, String period, String text) {
        return as(reporter).body(Map.of("assignmentId", assignmentId, "period", period, "text", text, "progress", 20))
                .post("/api/v1/progress-reports").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void findsChineseTextInTasksUnitsAndReports() {
        String w = word();
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        long inTitle = task(plan, section, "1", "深入推进" + w + "示范创建", null);
        long inContent = task(plan, section, "2", "加强行政执法监督", "全面落实行政执法责任制，开展" + w + "专项行动。");
        task(plan, section, "3", "其他工作", "与本次搜索无关。");
        long unit = Fixtures.unit(w + "市", "PREFECTURE", null);
        long assignment = Fixtures.assignment(inTitle, unit, "LEAD", "2099-12-31");
        long report = report(assignment, Auth.reporterOf(unit), "2024-Q1", "本季度召开专题会议研究部署，制定工作方案，明确责任分工和时间节点，在"
                + w + "活动中组织专项督查2次，发现问题8个，已全部建立整改台账。下一步将健全长效机制，把阶段性成果转化为制度成果，及时总结推广经验做法。");

        search(api(), w).statusCode(200)
                .body("query", equalTo(w)).body("limit", equalTo(8)).body("offset", equalTo(0))
                .body("tasks.total", equalTo(2)).body("tasks.capped", equalTo(false))
                .body("tasks.items.id", contains((int) inTitle, (int) inContent))
                .body("tasks.items[0].planId", equalTo((int) plan)).body("tasks.items[0].sectionNumber", equalTo(1))
                .body("tasks.items[0].number", equalTo("1")).body("tasks.items[0].title", equalTo("深入推进" + w + "示范创建"))
                .body("tasks.items[1].excerpt", equalTo("全面落实行政执法责任制，开展" + w + "专项行动。"))
                .body("units.total", equalTo(1)).body("units.items[0].id", equalTo((int) unit))
                .body("units.items[0].name", equalTo(w + "市")).body("units.items[0].type", equalTo("PREFECTURE"))
                .body("reports.total", equalTo(1)).body("reports.items[0].id", equalTo((int) report))
                .body("reports.items[0].assignmentId", equalTo((int) assignment))
                .body("reports.items[0].taskId", equalTo((int) inTitle))
                .body("reports.items[0].unitName", equalTo(w + "市"))
                .body("reports.items[0].period", equalTo("2024-Q1")).body("reports.items[0].state", equalTo("DRAFT"))
                // 30 characters before the match and 60 after, cut where the text goes on
                .body("reports.items[0].excerpt", equalTo("…开专题会议研究部署，制定工作方案，明确责任分工和时间节点，在" + w
                        + "活动中组织专项督查2次，发现问题8个，已全部建立整改台账。下一步将健全长效机制，把阶段性成果转化为制度成果，及时总结推广…"));
        // two characters of the word are a word too (e.g. 法治, 西宁)
        search(api(), w.substring(1, 3)).statusCode(200)
                .body("tasks.items.id", hasItems((int) inTitle, (int) inContent))
                .body("units.items.id", hasItem((int) unit))
                .body("reports.items.id", hasItem((int) report));
        // surrounding and repeated white space does not count
        search(api(), "  " + w.substring(0, 2) + "\u3000 ").statusCode(200)
                .body("query", equalTo(w.substring(0, 2))).body("units.items.id", hasItem((int) unit));
        search(api(), w + "无").statusCode(200)
                .body("tasks.total", equalTo(0)).body("tasks.items", empty())
                .body("units.total", equalTo(0)).body("reports.total", equalTo(0));
    }

    @Test
    void ranksExactThenPrefixThenAnyTitleThenContent() {
        String w = word();
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        long content = task(plan, section, "1", "依法行政", "把" + w + "落到实处。");
        long anywhere = task(plan, section, "2", "加强" + w, null);
        long prefix = task(plan, section, "3", w + "工作", null);
        long exact = task(plan, section, "4", w, null);
        search(api(), w).statusCode(200).body("tasks.items.id", contains((int) exact, (int) prefix, (int) anywhere, (int) content));

        String parentName = Fixtures.unique("上级");
        long parent = Fixtures.unit(parentName, "PROVINCE", null);
        long unitAnywhere = Fixtures.unit("青海" + w, "COUNTY", parent);
        long unitPrefix = Fixtures.unit(w + "县", "COUNTY", parent);
        long unitExact = Fixtures.unit(w, "COUNTY", parent);
        search(api(), w).statusCode(200)
                .body("units.items.id", contains((int) unitExact, (int) unitPrefix, (int) unitAnywhere))
                .body("units.items[0].parentId", equalTo((int) parent)).body("units.items[0].parentName", equalTo(parentName));
    }

    @Test
    void findsUnitsByDivisionCodeAndTasksByNumber() {
        String code = "9" + (10_000 + ThreadLocalRandom.current().nextInt(90_000));
        long unit = asAdmin().body(Map.of("code", code, "name", word(), "type", "COUNTY"))
                .post("/api/v1/responsibility-units").then().statusCode(201).extract().jsonPath().getLong("id");
        search(api(), code).statusCode(200).body("units.items[0].id", equalTo((int) unit))
                .body("units.items[0].code", equalTo(code));
        search(api(), code.substring(0, 4), "limit", 50).statusCode(200).body("units.items.id", hasItem((int) unit));

        String w = word();
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        long numbered = task(plan, section, "17", w, null);
        // an exact number ranks first; among equals the newest plan comes first
        search(api(), "17", "type", "TASKS").statusCode(200).body("tasks.items[0].id", equalTo((int) numbered));
    }

    @Test
    void limitsEachGroupAndPagesThroughOne() {
        String w = word();
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        List<Long> tasks = new java.util.ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            tasks.add(task(plan, section, String.valueOf(n), "第" + n + "项" + w, null));
        }
        search(api(), w, "limit", 2).statusCode(200).body("limit", equalTo(2))
                .body("tasks.items.id", contains(tasks.get(0).intValue(), tasks.get(1).intValue()))
                .body("tasks.total", equalTo(5)).body("tasks.capped", equalTo(false))
                .body("units.total", equalTo(0)).body("reports.total", equalTo(0));
        search(api(), w, "type", "TASKS", "limit", 2, "offset", 4).statusCode(200)
                .body("offset", equalTo(4)).body("tasks.items.id", contains(tasks.get(4).intValue()))
                .body("tasks.total", equalTo(5)).body("units", nullValue()).body("reports", nullValue());
        search(api(), w, "type", "TASKS", "offset", 10).statusCode(200)
                .body("tasks.items", empty()).body("tasks.total", equalTo(5));
    }

    @Test
    void countsUpToTheCapAndStillPagesInOrder() {
        String w = word();
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        int made = COUNT_CAP + 3;
        for (int n = 1; n <= made; n++) {
            task(plan, section, String.valueOf(n), "第" + n + "项" + w, null);
        }
        search(api(), w, "type", "TASKS").statusCode(200)
                .body("tasks.total", equalTo(COUNT_CAP)).body("tasks.capped", equalTo(true))
                .body("tasks.items.number", contains("1", "2", "3", "4", "5", "6", "7", "8"));
        search(api(), w, "type", "TASKS", "limit", 10, "offset", COUNT_CAP - 2).statusCode(200)
                .body("tasks.capped", equalTo(true))
                .body("tasks.items.number", contains("24", "25", "26", "27", "28"));
    }

    @Test
    void pagesThroughAFrequentWordInReportsNewestPeriodFirst() {
        String w = word();
        long plan = Fixtures.plan();
        long section = Fixtures.section(plan, 1);
        long unit = Fixtures.unit(Fixtures.unique("县"), "COUNTY", null);
        String reporter = Auth.reporterOf(unit);
        List<Long> assignments = new java.util.ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            assignments.add(Fixtures.assignment(task(plan, section, String.valueOf(n), "任务" + n, null), unit, "LEAD", "2099-12-31"));
        }
        // 28 reports, quarter by quarter; the newest period first, the last written first within it
        List<Integer> newestFirst = new java.util.ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            for (long assignment : assignments) {
                newestFirst.add(0, (int) report(assignment, reporter, "2024-Q" + quarter, "第" + quarter + "季度推进" + w + "。"));
            }
        }
        search(api(), w, "type", "REPORTS").statusCode(200)
                .body("reports.total", equalTo(COUNT_CAP)).body("reports.capped", equalTo(true))
                .body("reports.items.id", equalTo(newestFirst.subList(0, 8)))
                .body("reports.items.period", equalTo(List.of("2024-Q4", "2024-Q4", "2024-Q4", "2024-Q4", "2024-Q4", "2024-Q4", "2024-Q4", "2024-Q3")));
        // the last page is not full: every match is ranked instead of the newest reports only, with the same order
        search(api(), w, "type", "REPORTS", "offset", 24).statusCode(200)
                .body("reports.items.id", equalTo(newestFirst.subList(24, 28)));
        search(as(reporter), w, "type", "REPORTS", "limit", 3, "offset", 5).statusCode(200)
                .body("reports.capped", equalTo(true)).body("reports.items.id", equalTo(newestFirst.subList(5, 8)));
    }

    @Test
    void matchesWildcardsAndBackslashLiterally() {
        String w = word();
        long percent = Fixtures.unit(w + "%甲", "OTHER", null);
        Fixtures.unit(w + "乙甲", "OTHER", null);
        long underscore = Fixtures.unit(w + "_丙", "OTHER", null);
        Fixtures.unit(w + "丁丙", "OTHER", null);
        long backslash = Fixtures.unit(w + "\\戊", "OTHER", null);
        Fixtures.unit(w + "戊", "OTHER", null);
        search(api(), w + "%甲").statusCode(200).body("units.total", equalTo(1)).body("units.items[0].id", equalTo((int) percent));
        search(api(), w + "_丙").statusCode(200).body("units.total", equalTo(1)).body("units.items[0].id", equalTo((int) underscore));
        search(api(), w + "\\戊").statusCode(200).body("units.total", equalTo(1)).body("units.items[0].id", equalTo((int) backslash));
    }

    @Test
    void confinesAReporterToTheirOwnUnit() {
        String w = word();
        long plan = Fixtures.plan();
        long task = task(plan, Fixtures.section(plan, 1), "1", w + "任务", null);
        long own = Fixtures.unit(w + "甲县", "COUNTY", null);
        long foreign = Fixtures.unit(w + "乙县", "COUNTY", null);
        String reporter = Auth.reporterOf(own);
        long ownReport = report(Fixtures.assignment(task, own, "LEAD", "2099-12-31"), reporter, "2024-Q1",
                "推进" + w + "工作，召开专题会议。");
        long foreignReport = report(Fixtures.assignment(task, foreign, "CO", "2099-12-31"),
                Auth.reporterOf(foreign), "2024-Q1", "配合" + w + "工作，报送材料。");

        search(as(reporter), w).statusCode(200)
                .body("tasks.items.id", contains((int) task))
                .body("units.items.id", contains((int) own)).body("units.total", equalTo(1))
                .body("reports.items.id", contains((int) ownReport)).body("reports.total", equalTo(1));
        search(as(Auth.apiToken(List.of("read"), own)), w).statusCode(200)
                .body("units.items.id", contains((int) own)).body("reports.items.id", contains((int) ownReport));
        for (String reader : List.of(Auth.supervisor(), Auth.viewer(), Auth.admin(), Auth.apiToken(List.of("read"), null))) {
            search(as(reader), w).statusCode(200)
                    .body("units.items.id", containsInAnyOrder((int) own, (int) foreign))
                    .body("reports.items.id", hasItems((int) ownReport, (int) foreignReport)).body("reports.total", equalTo(2));
        }
    }

    @Test
    void rejectsBadInputWithTheFieldNamed() {
        record Case(String field, Object... parameters) {
        }
        List<Case> cases = List.of(
                new Case("q"),
                new Case("q", "q", "   "),
                new Case("q", "q", "法"),
                new Case("q", "q", "  法 \n"),
                new Case("q", "q", "法".repeat(101)),
                new Case("q", "q", "法\u0000治"),
                new Case("q", "q", "法治\u0007"),
                new Case("limit", "q", "法治", "limit", 0),
                new Case("limit", "q", "法治", "limit", 51),
                new Case("offset", "q", "法治", "offset", -1),
                new Case("offset", "q", "法治", "offset", 1001));
        for (Case bad : cases) {
            RequestSpecification request = api();
            for (int i = 0; i < bad.parameters().length; i += 2) {
                request = request.queryParam((String) bad.parameters()[i], bad.parameters()[i + 1]);
            }
            request.get(SEARCH).then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(bad.field())).body("status", equalTo(400));
        }
        search(api(), "法治", "type", "EVERYTHING").statusCode(400).contentType(startsWith("application/problem+json"));
        search(api(), "法".repeat(100)).statusCode(200);
    }

    @Test
    void refusesAnonymousCallers() {
        search(anonymous(), "法治").statusCode(401).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("Sign in"));
        search(as(Auth.apiToken(List.of("import"), null)), "法治").statusCode(403);
    }
}
