package org.duban.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.ApiSpec;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is the contract: it must say exactly what the running server describes.
 * Compared as documents (key order aside, which differs between the build-time and served renderings);
 * `make test` also compares the build-time file byte for byte.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void servedDocumentEqualsCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().body().asString();
        JsonNode committed = YAML.readTree(new File(ApiSpec.CONTRACT_FILE.toString()));
        assertEquals(committed, YAML.readTree(served), "openapi.yaml is stale: run `make openapi` and commit the result");
    }
}
