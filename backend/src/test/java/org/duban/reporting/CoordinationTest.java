package org.duban.reporting;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.ApiSpec.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoordinationTest {

    private record Unit(long id, String reporter) {
    }

    private static Unit unit() {
        long id = Fixtures.unit("COUNTY", null);
        return new Unit(id, Auth.reporterOf(id));
    }

    @Test
    void extensionsBeforeTheDueDateAreDecidedBySupervisors() {
        var context = Fixtures.taskContext();
        Unit county = unit();
        long assignment = Fixtures.assignment(context.taskId(), county.id(), "LEAD", "2099-06-30");
        long late = Fixtures.assignment(Fixtures.task(context.planId(), context.sectionId(), "2"), county.id(), "LEAD", "2020-06-30");

        as(county.reporter()).body(Map.of("assignmentId", late, "requestedDueDate", "2099-01-01", "reason", "来不及"))
                .post("/api/v1/extension-requests").then().statusCode(409);
        as(county.reporter()).body(Map.of("assignmentId", assignment, "requestedDueDate", "2099-06-30", "reason", "同日"))
                .post("/api/v1/extension-requests").then().statusCode(400).body("errors[0].field", equalTo("requestedDueDate"));
        as(Auth.reporterOf(Fixtures.unit("COUNTY", null)))
                .body(Map.of("assignmentId", assignment, "requestedDueDate", "2099-09-30", "reason", "冒名"))
                .post("/api/v1/extension-requests").then().statusCode(403);
        long first = as(county.reporter()).body(Map.of("assignmentId", assignment, "requestedDueDate", "2099-09-30",
                "reason", "机构改革，需延期一个季度")).post("/api/v1/extension-requests").then().statusCode(201)
                .body("state", equalTo("PENDING")).body("currentDueDate", equalTo("2099-06-30"))
                .extract().jsonPath().getLong("id");
        as(county.reporter()).body(Map.of("assignmentId", assignment, "requestedDueDate", "2099-10-30", "reason", "再申请"))
                .post("/api/v1/extension-requests").then().statusCode(409);

        api().body(Map.of("comment", " ")).post("/api/v1/extension-requests/{id}/reject", first).then().statusCode(400);
        api().body(Map.of("comment", "同意")).post("/api/v1/extension-requests/{id}/approve", first).then().statusCode(200)
                .body("state", equalTo("APPROVED"));
        api().post("/api/v1/extension-requests/{id}/approve", first).then().statusCode(409);
        api().get("/api/v1/assignments/{id}", assignment).then().body("dueDate", equalTo("2099-09-30"));

        long second = as(county.reporter()).body(Map.of("assignmentId", assignment, "requestedDueDate", "2099-12-31",
                "reason", "再延")).post("/api/v1/extension-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        api().body(Map.of("comment", "理由不充分")).post("/api/v1/extension-requests/{id}/reject", second).then()
                .statusCode(200).body("state", equalTo("REJECTED"));
        api().get("/api/v1/assignments/{id}", assignment).then().body("dueDate", equalTo("2099-09-30"));
        as(county.reporter()).queryParam("assignmentId", assignment).get("/api/v1/extension-requests").then()
                .body("items.state", contains("REJECTED", "APPROVED"));
        // the unit hears about both decisions
        as(county.reporter()).queryParam("unread", true).get("/api/v1/notifications").then()
                .body("items.kind", hasItem("EXTENSION_DECIDED"));
    }

    @Test
    void leadersInstructAndTheRightUnitAnswers() {
        var context = Fixtures.taskContext();
        Unit lead = unit();
        Unit co = unit();
        long leadAssignment = Fixtures.assignment(context.taskId(), lead.id(), "LEAD", "2099-12-31");
        Fixtures.assignment(context.taskId(), co.id(), "CO", "2099-12-31");

        as(Auth.viewer()).body(Map.of("taskId", context.taskId(), "text", "普通查看者不能批示")).post("/api/v1/instructions")
                .then().statusCode(403);
        String leaderName = Fixtures.unique("leader");
        long leaderId = Auth.createUser(leaderName, "VIEWER", null);
        asAdmin().header("If-Match", "\"0\"").body(Map.of("displayName", "省领导", "roles", List.of("VIEWER"), "enabled", true,
                "leader", true)).put("/api/v1/users/{id}", leaderId).then().statusCode(200).body("leader", equalTo(true));
        String leader = Auth.login(leaderName, Auth.PASSWORD);
        long taskWide = as(leader).body(Map.of("taskId", context.taskId(), "text", "要高标准推进示范创建"))
                .post("/api/v1/instructions").then().statusCode(201).extract().jsonPath().getLong("id");
        long forLead = api().body(Map.of("taskId", context.taskId(), "assignmentId", leadAssignment, "text", "请牵头单位细化方案"))
                .post("/api/v1/instructions").then().statusCode(201).extract().jsonPath().getLong("id");

        as(co.reporter()).get("/api/v1/instructions").then().body("items.id", contains((int) taskWide));
        as(lead.reporter()).queryParam("taskId", context.taskId()).get("/api/v1/instructions").then().body("items", hasSize(2));
        as(co.reporter()).body(Map.of("response", "配合单位不答")).post("/api/v1/instructions/{id}/respond", taskWide)
                .then().statusCode(403);
        as(lead.reporter()).body(Map.of("response", "已制定细化方案")).post("/api/v1/instructions/{id}/respond", forLead)
                .then().statusCode(200).body("response", equalTo("已制定细化方案"));
        as(lead.reporter()).body(Map.of("response", "再答")).post("/api/v1/instructions/{id}/respond", forLead).then().statusCode(409);
        as(co.reporter()).queryParam("unread", true).get("/api/v1/notifications").then()
                .body("items.kind", hasItem("INSTRUCTION"));
    }

    @Test
    void anInstructionIsAnsweredByTheNextReportOnceItIsSubmitted() {
        var context = Fixtures.taskContext();
        Unit lead = unit();
        Unit co = unit();
        long leadAssignment = Fixtures.assignment(context.taskId(), lead.id(), "LEAD", "2099-12-31");
        long coAssignment = Fixtures.assignment(context.taskId(), co.id(), "CO", "2099-12-31");
        long instruction = api().body(Map.of("taskId", context.taskId(), "text", "请在季度报告中说明进展"))
                .post("/api/v1/instructions").then().statusCode(201).extract().jsonPath().getLong("id");

        as(co.reporter()).body(Map.of("assignmentId", coAssignment, "period", "2024-Q1", "text", "配合单位报告",
                "progress", 10, "answersInstructionIds", List.of(instruction))).post("/api/v1/progress-reports")
                .then().statusCode(400).body("errors[0].field", equalTo("answersInstructionIds[0]"));
        long report = as(lead.reporter()).body(Map.of("assignmentId", leadAssignment, "period", "2024-Q1",
                "text", "已按批示完成专项部署", "progress", 30, "answersInstructionIds", List.of(instruction)))
                .post("/api/v1/progress-reports").then().statusCode(201).extract().jsonPath().getLong("id");
        api().queryParam("taskId", context.taskId()).get("/api/v1/instructions").then()
                .body("items[0].answeredByReportId", equalTo((int) report)).body("items[0].respondedAt", equalTo(null));

        String etag = as(lead.reporter()).get("/api/v1/progress-reports/{id}", report).then().extract().header("ETag");
        as(lead.reporter()).header("If-Match", etag).post("/api/v1/progress-reports/{id}/submit", report).then().statusCode(200);
        api().queryParam("taskId", context.taskId()).get("/api/v1/instructions").then()
                .body("items[0].response", org.hamcrest.Matchers.startsWith("见2024-Q1进展报告："))
                .body("items[0].respondedAt", org.hamcrest.Matchers.notNullValue());
        as(lead.reporter()).body(Map.of("response", "再答")).post("/api/v1/instructions/{id}/respond", instruction)
                .then().statusCode(409);
    }

    @Test
    void coUnitsContributeAndOnlyTheLeadUnitSeesThemAll() {
        var context = Fixtures.taskContext();
        Unit lead = unit();
        Unit coA = unit();
        Unit coB = unit();
        long leadAssignment = Fixtures.assignment(context.taskId(), lead.id(), "LEAD", "2099-12-31");
        long a = Fixtures.assignment(context.taskId(), coA.id(), "CO", "2099-12-31");
        long b = Fixtures.assignment(context.taskId(), coB.id(), "CO", "2099-12-31");

        as(coA.reporter()).body(Map.of("assignmentId", a, "period", "2024-Q1", "text", "甲单位完成了培训")).put("/api/v1/contributions")
                .then().statusCode(200);
        as(coA.reporter()).body(Map.of("assignmentId", a, "period", "2024-Q1", "text", "甲单位完成了两次培训"))
                .put("/api/v1/contributions").then().statusCode(200).body("version", equalTo(1));
        as(coB.reporter()).body(Map.of("assignmentId", b, "period", "2024-Q1", "text", "乙单位完成了自查")).put("/api/v1/contributions")
                .then().statusCode(200);
        as(lead.reporter()).body(Map.of("assignmentId", leadAssignment, "period", "2024-Q1", "text", "牵头单位不贡献"))
                .put("/api/v1/contributions").then().statusCode(400).body("errors[0].field", equalTo("assignmentId"));
        as(coA.reporter()).body(Map.of("assignmentId", b, "period", "2024-Q1", "text", "冒名")).put("/api/v1/contributions")
                .then().statusCode(403);

        as(lead.reporter()).queryParam("taskId", context.taskId()).get("/api/v1/contributions").then().statusCode(200)
                .body("fromUnitId", contains((int) coA.id(), (int) coB.id()))
                .body("[0].text", equalTo("甲单位完成了两次培训"));
        as(coA.reporter()).queryParam("taskId", context.taskId()).get("/api/v1/contributions").then()
                .body("fromUnitId", contains((int) coA.id()));
        api().queryParam("taskId", context.taskId()).queryParam("period", "2024-Q1").get("/api/v1/contributions").then()
                .body("", hasSize(2));
    }

    @Test
    void theInboxCollectsAssignmentsReturnsAndUrges() {
        var context = Fixtures.taskContext();
        Unit county = unit();
        long assignment = Fixtures.assignment(context.taskId(), county.id(), "LEAD", "2099-12-31");
        api().body(Map.of("assignmentIds", List.of(assignment), "message", "请尽快开展工作")).post("/api/v1/urges")
                .then().statusCode(201);
        as(county.reporter()).get("/api/v1/notifications/unread-count").then().body("count", greaterThanOrEqualTo(2));
        long first = as(county.reporter()).queryParam("unread", true).get("/api/v1/notifications").then()
                .body("items.kind", hasItem("ASSIGNED")).body("items.kind", hasItem("URGED"))
                .extract().jsonPath().getLong("items[0].id");
        as(Auth.reporterOf(Fixtures.unit("COUNTY", null))).post("/api/v1/notifications/{id}/read", first).then().statusCode(404);
        as(county.reporter()).post("/api/v1/notifications/{id}/read", first).then().statusCode(200);
        as(county.reporter()).post("/api/v1/notifications/read-all").then().statusCode(200);
        as(county.reporter()).get("/api/v1/notifications/unread-count").then().body("count", equalTo(0));
        as(Auth.apiToken(List.of("read"), null)).get("/api/v1/notifications").then().statusCode(403);
    }
}
