package org.duban.common;

import static org.duban.support.ApiSpec.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Found by make fuzz: a JSON body labelled as a form, with a '%' in it, failed URL decoding and answered 500. */
@QuarkusTest
class MalformedFormBodyTest {
    @Test
    void aBodyThatIsNotValidFormEncodingIs400AndChangesNothing() {
        long plan = Fixtures.plan();
        api().contentType("application/x-www-form-urlencoded").header("If-Match", "\"0\"")
                .body("{\"title\":\"100%达标\",\"unit\":\"%\"}").put("/api/v1/plans/{id}", plan)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("the request body is not valid URL-encoded form data"))
                .body("detail", not(containsString("达标")));
        api().get("/api/v1/plans/{id}", plan).then().statusCode(200).body("version", equalTo(0));
    }
}
