package org.duban.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The operations openapi.yaml declares, so security tests cover new endpoints without being told. */
public final class Contract {
    public record Operation(String method, String path, boolean secured, String consumes) {
        /** Sends an empty but well-formed body of the media type the operation takes. */
        public io.restassured.response.Response call(io.restassured.specification.RequestSpecification request) {
            if ("multipart/form-data".equals(consumes)) {
                request = request.multiPart("note", "empty");
            } else if (consumes.contains("json")) {
                request = request.contentType(io.restassured.http.ContentType.JSON).body("{}");
            } else {
                // a file or text body: empty, in the first type the operation takes
                request = request.contentType(consumes).body(new byte[0]);
            }
            return request.request(method, concretePath());
        }

        /** The path with every {parameter} replaced by an id that exists nowhere. */
        public String concretePath() {
            return path.replaceAll("\\{[^}]+}", "987654321");
        }

        public String key() {
            return method + " " + path;
        }
    }

    private Contract() {
    }

    public static List<Operation> operations() {
        try {
            JsonNode root = new YAMLMapper().readTree(new File(ApiSpec.CONTRACT_FILE.toString()));
            List<Operation> operations = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                while (methods.hasNext()) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    JsonNode body = method.getValue().path("requestBody").path("content");
                    String consumes = body.fieldNames().hasNext() ? body.fieldNames().next() : "application/json";
                    // public operations declare `security: []`
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
                            !method.getValue().path("security").isEmpty(), consumes));
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
