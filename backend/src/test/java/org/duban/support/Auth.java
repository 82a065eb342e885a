package org.duban.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;

/**
 * Signed-in identities for tests, made through the API itself: the bootstrap admin (its password
 * comes from the test profile) creates the other accounts. Tokens are cached per JVM run.
 */
public final class Auth {
    public static final String ADMIN_PASSWORD = "test-bootstrap-secret-0";
    public static final String PASSWORD = "test-password-for-everyone";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static {
        WriteLedger.install();
    }

    private Auth() {
    }

    public static String admin() {
        return TOKENS.computeIfAbsent("admin", name -> login("admin", ADMIN_PASSWORD));
    }

    public static String supervisor() {
        return TOKENS.computeIfAbsent("supervisor", name -> loginNew("SUPERVISOR", null));
    }

    public static String viewer() {
        return TOKENS.computeIfAbsent("viewer", name -> loginNew("VIEWER", null));
    }

    /** A reporter of the given unit, created fresh. */
    public static String reporterOf(long unitId) {
        return TOKENS.computeIfAbsent("reporter-" + unitId, name -> loginNew("REPORTER", unitId));
    }

    /** Creates an account with one role (and unit for a reporter) and returns its id. */
    public static long createUser(String username, String role, Long unitId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("username", username);
        body.put("displayName", "测试用户 " + username);
        body.put("password", PASSWORD);
        body.put("roles", List.of(role));
        body.put("unitId", unitId);
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/users")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().jsonPath().getString("accessToken");
    }

    /** An API token with these scopes (and unit binding), created by the admin; returns the secret. */
    public static String apiToken(List<String> scopes, Long unitId) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", Fixtures.unique("token"));
        body.put("scopes", scopes);
        body.put("unitId", unitId);
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).post("/api/v1/api-tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    private static String loginNew(String role, Long unitId) {
        String username = Fixtures.unique(role.toLowerCase());
        createUser(username, role, unitId);
        return login(username, PASSWORD);
    }
}
