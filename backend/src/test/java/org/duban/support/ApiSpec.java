package org.duban.support;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests whose answers are checked against the committed openapi.yaml, so the server cannot send
 * what the contract does not promise. Requests are not checked: tests send bad input on purpose.
 */
public final class ApiSpec {
    public static final Path CONTRACT_FILE = Path.of("..", "openapi.yaml");

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT_FILE.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            // The validator reads a header as JSON unless its schema's `type` is "string", and with
                            // OpenAPI 3.1 it sees `types` instead, so a plain string header such as Link could never
                            // pass. Our string headers carry no constraints to check; a missing required header and
                            // integer headers (RateLimit-*, Retry-After) are still checked.
                            .withLevel("validation.response.header.schema.invalidJson", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        WriteLedger.install();
    }

    private ApiSpec() {
    }

    /** A request as a SUPERVISOR, who runs plans and assignments. */
    public static RequestSpecification api() {
        return as(Auth.supervisor());
    }

    /** A request carrying this bearer token (an access token or an API token). */
    public static RequestSpecification as(String bearer) {
        return anonymous().auth().oauth2(bearer);
    }

    public static RequestSpecification asAdmin() {
        return as(Auth.admin());
    }

    /** A request without credentials. */
    public static RequestSpecification anonymous() {
        return given().filter(CONTRACT).contentType(ContentType.JSON);
    }
}
