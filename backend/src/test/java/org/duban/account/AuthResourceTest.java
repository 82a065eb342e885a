package org.duban.account;

import static org.duban.support.ApiSpec.anonymous;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.ApiSpec.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    private static JsonPath login(String username, String password) {
        return anonymous().body(Map.of("username", username, "password", password)).post("/api/v1/auth/login")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void signsInAndTellsWhoTheCallerIs() {
        long unit = Fixtures.unit("西宁市" + Fixtures.unique(""), "PREFECTURE", null);
        String username = Fixtures.unique("reporter");
        Auth.createUser(username, "REPORTER", unit);
        JsonPath tokens = login(username.toUpperCase(), Auth.PASSWORD);
        assertEquals("Bearer", tokens.getString("tokenType"));
        assertEquals(900, tokens.getInt("expiresIn"));
        as(tokens.getString("accessToken")).get("/api/v1/me").then().statusCode(200)
                .body("kind", equalTo("USER")).body("username", equalTo(username))
                .body("roles", contains("REPORTER")).body("unitId", equalTo((int) unit))
                .body("unitName", startsWith("西宁市"));
        as(Auth.apiToken(List.of("read"), unit)).get("/api/v1/me").then().statusCode(200)
                .body("kind", equalTo("TOKEN")).body("roles", contains("scope:read")).body("unitId", equalTo((int) unit));
    }

    @Test
    void failedSignInsLookTheSameWhetherOrNotTheUserExists() {
        String username = Fixtures.unique("someone");
        Auth.createUser(username, "VIEWER", null);
        String wrongPassword = anonymous().body(Map.of("username", username, "password", "wrong-password-123"))
                .post("/api/v1/auth/login").then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .extract().jsonPath().getString("detail");
        String unknownUser = anonymous().body(Map.of("username", Fixtures.unique("nobody"), "password", "wrong-password-123"))
                .post("/api/v1/auth/login").then().statusCode(401).extract().jsonPath().getString("detail");
        assertEquals(wrongPassword, unknownUser);
        anonymous().body(Map.of("username", "", "password", "")).post("/api/v1/auth/login")
                .then().statusCode(400).body("errors.field", contains("password", "username"));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdminResetsIt() {
        String username = Fixtures.unique("target");
        long id = Auth.createUser(username, "VIEWER", null);
        for (int attempt = 0; attempt < 5; attempt++) {
            anonymous().body(Map.of("username", username, "password", "guess-number-" + attempt))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        // locked: even the right password is refused, with the same answer
        anonymous().body(Map.of("username", username, "password", Auth.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(401);
        asAdmin().get("/api/v1/users/{id}", id).then().body("lockedUntil", notNullValue());
        asAdmin().queryParam("entityId", id).queryParam("entityType", "user").queryParam("action", "LOGIN_LOCKED")
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].actorName", equalTo(username));
        asAdmin().queryParam("entityId", id).queryParam("action", "LOGIN_FAILURE").get("/api/v1/audit-events")
                .then().body("total", equalTo(5));

        asAdmin().body(Map.of("newPassword", "a-fresh-password-1")).post("/api/v1/users/{id}/password", id)
                .then().statusCode(204);
        login(username, "a-fresh-password-1");
        asAdmin().get("/api/v1/users/{id}", id).then().body("lockedUntil", nullValue());
    }

    @Test
    void refreshRotatesAndLogoutRevokes() {
        String username = Fixtures.unique("session");
        Auth.createUser(username, "VIEWER", null);
        String refresh = login(username, Auth.PASSWORD).getString("refreshToken");

        JsonPath renewed = anonymous().body(Map.of("refreshToken", refresh)).post("/api/v1/auth/refresh")
                .then().statusCode(200).extract().jsonPath();
        as(renewed.getString("accessToken")).get("/api/v1/plans").then().statusCode(200);
        anonymous().body(Map.of("refreshToken", refresh)).post("/api/v1/auth/refresh").then().statusCode(401);

        String next = renewed.getString("refreshToken");
        anonymous().body(Map.of("refreshToken", next)).post("/api/v1/auth/logout").then().statusCode(204);
        anonymous().body(Map.of("refreshToken", next)).post("/api/v1/auth/refresh").then().statusCode(401);
        anonymous().body(Map.of("refreshToken", "dbr_made-up")).post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void changingThePasswordEndsOtherSessions() {
        String username = Fixtures.unique("changer");
        Auth.createUser(username, "VIEWER", null);
        JsonPath session = login(username, Auth.PASSWORD);
        String access = session.getString("accessToken");

        as(access).body(Map.of("currentPassword", Auth.PASSWORD, "newPassword", "short")).post("/api/v1/auth/change-password")
                .then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        as(access).body(Map.of("currentPassword", "not-my-password", "newPassword", "a-much-longer-one-1"))
                .post("/api/v1/auth/change-password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        as(access).body(Map.of("currentPassword", Auth.PASSWORD, "newPassword", "my-" + username + "-pw"))
                .post("/api/v1/auth/change-password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        as(access).body(Map.of("currentPassword", Auth.PASSWORD, "newPassword", "a-much-longer-one-1"))
                .post("/api/v1/auth/change-password").then().statusCode(204);

        as(access).get("/api/v1/plans").then().statusCode(401);
        anonymous().body(Map.of("refreshToken", session.getString("refreshToken"))).post("/api/v1/auth/refresh")
                .then().statusCode(401);
        as(login(username, "a-much-longer-one-1").getString("accessToken")).get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void administersAccountsWithoutMassAssignment() {
        String username = Fixtures.unique("newbie");
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "新同事",
                "password", Auth.PASSWORD, "roles", List.of("SUPERVISOR")));
        body.put("passwordHash", "$2a$10$forged");
        asAdmin().body(body).post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("passwordHash"));
        body.remove("passwordHash");
        body.put("enabled", false);
        asAdmin().body(body).post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("enabled"));
        body.remove("enabled");
        body.put("password", "short");
        asAdmin().body(body).post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("password"));
        body.put("password", Auth.PASSWORD);
        body.put("roles", List.of("REPORTER"));
        asAdmin().body(body).post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        body.put("roles", List.of("SUPERVISOR"));
        long id = asAdmin().body(body).post("/api/v1/users").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("roles", contains("SUPERVISOR")).body("enabled", equalTo(true))
                .extract().jsonPath().getLong("id");
        asAdmin().body(body).post("/api/v1/users").then().statusCode(409);
        asAdmin().queryParam("q", username).get("/api/v1/users").then().body("total", equalTo(1));

        Map<String, Object> update = Map.of("displayName", "改名", "roles", List.of("VIEWER"), "enabled", true);
        asAdmin().body(update).put("/api/v1/users/{id}", id).then().statusCode(428);
        asAdmin().header("If-Match", "\"7\"").body(update).put("/api/v1/users/{id}", id).then().statusCode(412);
        Map<String, Object> withId = new HashMap<>(update);
        withId.put("username", "renamed");
        asAdmin().header("If-Match", "\"0\"").body(withId).put("/api/v1/users/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("username"));
        asAdmin().header("If-Match", "\"0\"").body(update).put("/api/v1/users/{id}", id).then().statusCode(200)
                .body("roles", contains("VIEWER")).body("version", greaterThan(0));
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        long me = as(Auth.admin()).get("/api/v1/me").then().extract().jsonPath().getLong("id");
        String etag = as(Auth.admin()).get("/api/v1/users/{id}", me).then().extract().header("ETag");
        asAdmin().header("If-Match", etag).body(Map.of("displayName", "x", "roles", List.of("VIEWER"), "enabled", true))
                .put("/api/v1/users/{id}", me).then().statusCode(409);
    }
}
