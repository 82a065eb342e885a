package org.duban.account;

import static io.restassured.RestAssured.given;
import static org.duban.support.ApiSpec.anonymous;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.duban.support.Auth;
import org.duban.support.Contract;
import org.duban.support.Contract.Operation;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Nothing but health, sign-in and the public page answers without valid credentials. */
@QuarkusTest
class EndpointSecurityTest {
    @Inject
    EntityManager em;

    /**
     * Operations that are public by design: sign-in and token renewal, the public progress page, and
     * calendar feeds (the secret token in their URL is the key, for calendar apps that cannot sign in).
     */
    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout",
            "GET /api/v1/public/plans", "GET /api/v1/public/plans/{code}", "GET /api/v1/calendar/{token}.ics");

    private static Response call(RequestSpecification request, Operation operation) {
        return operation.call(request);
    }

    @Test
    void contractMarksExactlyThePublicOperationsAsUnsecured() {
        List<String> unsecured = Contract.operations().stream().filter(op -> !op.secured()).map(Operation::key).toList();
        assertEquals(PUBLIC, Set.copyOf(unsecured));
    }

    @Test
    void everyProtectedOperationAnswers401WithoutCredentials() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : Contract.operations()) {
            if (!operation.secured()) {
                continue;
            }
            Response response = call(given(), operation);
            if (response.statusCode() != 401 || !response.contentType().startsWith("application/problem+json")
                    || response.header("WWW-Authenticate") == null) {
                wrong.add(operation.key() + " → " + response.statusCode());
            }
        }
        assertTrue(wrong.isEmpty(), "not refused with 401 problem+json: " + wrong);
    }

    @Test
    void forgedExpiredAndForeignTokensAre401OnEveryProtectedOperation() throws Exception {
        String subject = String.valueOf(Auth.createUser(Fixtures.unique("forged"), "ADMIN", null));
        KeyPairGenerator otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String claims = base64.encodeToString(("{\"iss\":\"duban\",\"aud\":\"duban-api\",\"sub\":\"" + subject
                + "\",\"upn\":\"x\",\"groups\":[\"ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}").getBytes());
        Map<String, String> tokens = Map.of(
                "expired", Jwt.issuer("duban").audience("duban-api").subject(subject).groups("ADMIN")
                        .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800))
                        .sign(JwtKeys.privateKey()),
                "wrong issuer", Jwt.issuer("evil").audience("duban-api").subject(subject).groups("ADMIN")
                        .expiresIn(600).sign(JwtKeys.privateKey()),
                "wrong audience", Jwt.issuer("duban").audience("other-api").subject(subject).groups("ADMIN")
                        .expiresIn(600).sign(JwtKeys.privateKey()),
                "without password stamp", Jwt.issuer("duban").audience("duban-api").subject(subject).groups("ADMIN")
                        .expiresIn(600).sign(JwtKeys.privateKey()),
                "foreign key", Jwt.issuer("duban").audience("duban-api").subject(subject).groups("ADMIN")
                        .expiresIn(600).sign(otherKey.generateKeyPair().getPrivate()),
                "alg none", header + "." + claims + ".",
                "garbage", "not-a-token",
                "unknown api token", "dbn_" + "A".repeat(43));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            for (Operation operation : Contract.operations()) {
                if (operation.secured()) {
                    int status = call(given().auth().oauth2(token.getValue()), operation).statusCode();
                    if (status != 401) {
                        wrong.add(token.getKey() + ": " + operation.key() + " → " + status);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "accepted a bad token: " + wrong);
    }

    @Test
    void revokedApiTokensStopWorkingAndBadTokenRequestsAreRefused() {
        String token = Auth.apiToken(List.of("read"), null);
        as(token).get("/api/v1/plans").then().statusCode(200);
        long id = as(Auth.admin()).queryParam("size", 200).get("/api/v1/api-tokens").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.tokenPrefix == '" + token.substring(0, 10) + "' }.id");
        as(Auth.admin()).post("/api/v1/api-tokens/{id}/revoke", id).then().statusCode(200)
                .body("revokedAt", notNullValue());
        as(token).get("/api/v1/plans").then().statusCode(401);
        as(Auth.admin()).post("/api/v1/api-tokens/{id}/revoke", id).then().statusCode(409);

        as(Auth.admin()).body(Map.of("name", "过期", "scopes", List.of("read"), "expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/v1/api-tokens").then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        as(Auth.admin()).body(Map.of("name", "乱写", "scopes", List.of("read", "root")))
                .post("/api/v1/api-tokens").then().statusCode(400).body("errors[0].field", equalTo("scopes[1]"));
    }

    @Test
    void anApiTokenStopsWorkingWhenItExpires() {
        String token = Auth.apiToken(List.of("read"), null);
        as(token).get("/api/v1/plans").then().statusCode(200);
        // let time pass: move the expiry into the past as the clock would
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update api_token set expires_at = now() - interval '1 second' where token_prefix = ?1")
                .setParameter(1, token.substring(0, 10)).executeUpdate());
        as(token).get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void disabledAccountIsShutOutAtOnce() {
        String username = Fixtures.unique("leaver");
        long id = Auth.createUser(username, "VIEWER", null);
        String token = Auth.login(username, Auth.PASSWORD);
        as(token).get("/api/v1/plans").then().statusCode(200);
        as(Auth.admin()).header("If-Match", "\"0\"")
                .body(Map.of("displayName", "已离职", "roles", List.of("VIEWER"), "enabled", false))
                .put("/api/v1/users/{id}", id).then().statusCode(200).body("enabled", equalTo(false));
        as(token).get("/api/v1/plans").then().statusCode(401);
        anonymous().body(Map.of("username", username, "password", Auth.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(401);
    }

    @Test
    void answersCarrySecurityHeadersAndCorsStaysClosed() {
        given().get("/api/v1/public/plans").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Request-Id", notNullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        Response preflight = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").options("/api/v1/plans");
        assertNull(preflight.header("Access-Control-Allow-Origin"));
        given().header("X-Request-Id", "trace-42").get("/q/health/ready").then().statusCode(200)
                .header("X-Request-Id", "trace-42");
        given().get("/q/metrics").then().statusCode(401);
    }
}
