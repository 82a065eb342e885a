package org.duban.audit;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.ApiSpec.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {
    @Inject
    EntityManager em;

    private static long eventsFor(String entityType, long id) {
        return asAdmin().queryParam("entityType", entityType).queryParam("entityId", id).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void recordsEveryWriteWithActorAndStatesAndNoRead() {
        String code = Fixtures.unique("AUD");
        long plan = Fixtures.plan(code, "审计用计划");
        api().header("X-Request-Id", "audit-test-1").header("If-Match", "\"0\"")
                .body(Fixtures.planInput(code, "改过的计划")).put("/api/v1/plans/{id}", plan).then().statusCode(200);
        long before = eventsFor("plan", plan);
        api().get("/api/v1/plans/{id}", plan).then().statusCode(200);
        api().queryParam("q", code).get("/api/v1/plans").then().statusCode(200);
        assertEquals(before, eventsFor("plan", plan), "reads must not be audited");

        asAdmin().queryParam("entityType", "plan").queryParam("entityId", plan).queryParam("sort", "occurredAt")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("CREATE", "UPDATE"))
                .body("items[0].before", nullValue())
                .body("items[0].after.title", equalTo("审计用计划"))
                .body("items[0].actorType", equalTo("USER"))
                .body("items[1].before.title", equalTo("审计用计划"))
                .body("items[1].after.title", equalTo("改过的计划"))
                .body("items[1].requestId", equalTo("audit-test-1"))
                .body("items[1].clientIp", notNullValue());

        api().header("If-Match", "\"1\"").delete("/api/v1/plans/{id}", plan).then().statusCode(204);
        asAdmin().queryParam("entityType", "plan").queryParam("entityId", plan).queryParam("action", "DELETE")
                .get("/api/v1/audit-events").then().body("items[0].before.title", equalTo("改过的计划"))
                .body("items[0].after", nullValue());
    }

    @Test
    void aFailedWriteLeavesNoAuditRow() {
        long plan = Fixtures.plan();
        long before = eventsFor("plan", plan);
        api().header("If-Match", "\"5\"").body(Fixtures.planInput(Fixtures.unique("X"), "不会写入"))
                .put("/api/v1/plans/{id}", plan).then().statusCode(412);
        assertEquals(before, eventsFor("plan", plan));
    }

    @Test
    void onlyAdminsAndSupervisorsReadTheTrailAndNobodyChangesIt() {
        as(Auth.viewer()).get("/api/v1/audit-events").then().statusCode(403);
        api().queryParam("from", "2030-01-01T00:00:00Z").queryParam("to", "2020-01-01T00:00:00Z")
                .get("/api/v1/audit-events").then().statusCode(400).body("errors[0].field", equalTo("to"));
        api().queryParam("actor", "nobody-at-all").get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(0));
        Fixtures.plan();
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_event set actor_name = 'forged'").executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_event").executeUpdate()));
        Map<String, Object> none = Map.of();
        asAdmin().body(none).post("/api/v1/audit-events").then().statusCode(405);
    }
}
