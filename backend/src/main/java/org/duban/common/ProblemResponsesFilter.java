package org.duban.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, once for every operation, what the shared mechanisms give: the problem+json answers of
 * {@link ProblemMapper} (each with an example), ETags and conditional reads ({@link ETags},
 * {@link ReadResponses}), page links ({@link PageLinks}), the API-token rate limit (429) and the security
 * requirement of public operations — so resources need not repeat them.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
    private static final String ETAG = "ETag";
    private static final String LINK = "Link";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String IF_NONE_MATCH = "IfNoneMatch";

    /** A typical problem per status, shown as the example of every answer with that status. */
    private static final Map<String, Map<String, Object>> EXAMPLES = new LinkedHashMap<>();

    static {
        example("400", "validation", "Invalid input", "title must not be blank", "/api/v1/plans",
                List.of(fieldError("title", "must not be blank")), null);
        example("401", "unauthorized", "Unauthorized",
                "Sign in, or send a valid access token or API token as Authorization: Bearer …", "/api/v1/plans", null, null);
        example("403", "forbidden", "Forbidden", "Your role or token scope does not allow this", "/api/v1/plans", null, null);
        example("404", "not-found", "Not found", "plan 42 does not exist", "/api/v1/plans/42", null, null);
        example("406", "http-406", "Not Acceptable", "Not Acceptable", "/api/v1/plans", null, null);
        example("409", "conflict", "Conflict", "a plan with this code already exists", "/api/v1/plans", null, null);
        example("412", "stale-version", "Precondition failed",
                "The resource has changed (current ETag \"3\"); reload it and retry", "/api/v1/plans/42", null, null);
        example("415", "http-415", "Unsupported Media Type", "Unsupported Media Type", "/api/v1/plans", null, null);
        example("422", "unprocessable", "Unprocessable request",
                "This Idempotency-Key was used for another request", "/api/v1/imports", null, null);
        example("428", "if-match-required", "Precondition required",
                "This request must carry an If-Match header with the resource's current ETag", "/api/v1/plans/42", null, null);
        example("429", "rate-limited", "Too many requests",
                "Too many requests for this API token: at most 600 a minute; retry in 1 s", "/api/v1/plans", null, null);
        example("500", "internal", "Internal error",
                "The server could not complete the request; quote the request id when reporting it", "/api/v1/plans", null,
                "0b7c2f4e-5d0a-4c8e-9a53-2f1e6d7c8b90");
    }

    /** Map.of would iterate in a different order on every JVM start, and the contract must be byte-stable. */
    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static void example(String status, String slug, String title, String detail, String instance,
            List<Map<String, String>> errors, String requestId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problem.TYPE_BASE + slug);
        problem.put("title", title);
        problem.put("status", Integer.parseInt(status));
        problem.put("detail", detail);
        problem.put("instance", instance);
        if (errors != null) {
            problem.put("errors", errors);
        }
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        EXAMPLES.put(status, problem);
    }

    private static String exampleName(String status) {
        return "Problem" + status;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addComponents(openAPI);
        requireEveryPropertyOfViews(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean addressesOne = path.contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                PathItem.HttpMethod method = entry.getKey();
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                if (!secured) {
                    // public by design (sign-in, the public page): say so rather than leave it unstated
                    operation.setSecurity(new ArrayList<>());
                }
                if (method == PathItem.HttpMethod.GET && answersJson(responses.getAPIResponse("200"))) {
                    documentConditionalRead(operation, responses);
                }
                boolean write = method != PathItem.HttpMethod.GET;
                // any operation that takes If-Match (replacements, deletions, state changes) can fail on it
                boolean conditional = entry.getValue().getParameters() != null && entry.getValue().getParameters().stream()
                        .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
                add(responses, "400", "Invalid input: the errors list names each rejected field");
                // the scanner declares these for secured operations; give them their problem body
                for (String status : new String[] { "401", "403" }) {
                    if (responses.hasAPIResponse(status)) {
                        add(responses, status, status.equals("401") ? "Not signed in" : "Not allowed");
                    }
                }
                if (addressesOne) {
                    add(responses, "404", "No such resource");
                }
                // Accept naming only types the operation does not answer with (e.g. just application/problem+json)
                add(responses, "406", "The Accept header names no media type the operation answers with");
                if (write) {
                    add(responses, "409", "Conflicts with the current state, e.g. a duplicate");
                }
                if (method == PathItem.HttpMethod.POST && secured && !path.startsWith("/api/v1/auth/")) {
                    acceptIdempotencyKey(entry.getValue());
                    add(responses, "422", "The Idempotency-Key was used for a different request");
                }
                if (entry.getValue().getRequestBody() != null) {
                    add(responses, "415", "The body's Content-Type is not one the operation accepts");
                }
                if (conditional) {
                    add(responses, "412", "If-Match names a version that is no longer current");
                    add(responses, "428", "If-Match is missing");
                }
                if (secured) {
                    add(responses, "429", "Too many requests from this API token; Retry-After says when to try again");
                    APIResponse limited = responses.getAPIResponse("429");
                    limited.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
                    limited.addHeader(RateLimiter.LIMIT_HEADER, OASFactory.createHeader().ref(RateLimiter.LIMIT_HEADER));
                    limited.addHeader(RateLimiter.REMAINING_HEADER, OASFactory.createHeader().ref(RateLimiter.REMAINING_HEADER));
                }
                add(responses, "500", "Unexpected error; the problem carries a request id");
                describeFiles(responses);
                if (method != PathItem.HttpMethod.GET && (addressesOne || method == PathItem.HttpMethod.POST)) {
                    addETagHeader(responses);
                }
                addProblemExamples(responses);
            }
        });
    }

    /** The headers, parameter and examples the operations refer to. */
    private static void addComponents(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addHeader(ETAG, OASFactory.createHeader()
                .description("Identifies this representation. For a single resource it is the resource's version: send it"
                        + " back in If-Match to change the resource; it moves with the resource's own fields, not with derived"
                        + " ones such as counts or related records' names. For anything else it is a hash of the body. Send it"
                        + " in If-None-Match to be answered 304 Not Modified while it is current")
                .schema(string()));
        components.addHeader(LINK, OASFactory.createHeader()
                .description("RFC 8288 links to the next, prev, first and last pages (next and prev only where such a"
                        + " page exists); each keeps the request's other query parameters")
                .schema(string())
                .example("<https://duban.example/api/v1/plans?page=2&size=20&year=2024>; rel=\"next\","
                        + " <https://duban.example/api/v1/plans?page=1&size=20&year=2024>; rel=\"first\","
                        + " <https://duban.example/api/v1/plans?page=3&size=20&year=2024>; rel=\"last\""));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before the next request").schema(integer()));
        components.addHeader(RateLimiter.LIMIT_HEADER, OASFactory.createHeader()
                .description("Requests an API token may make per minute (also its burst); sent on every answer to an API token")
                .schema(integer()));
        components.addHeader(RateLimiter.REMAINING_HEADER, OASFactory.createHeader()
                .description("Requests this API token may still make right now; sent on every answer to an API token")
                .schema(integer()));
        components.addParameter(IF_NONE_MATCH, OASFactory.createParameter()
                .name("If-None-Match").in(Parameter.In.HEADER).required(false)
                .description("ETags the client holds, or *; when one is current the answer is 304 Not Modified without a body")
                .schema(string()));
        EXAMPLES.forEach((status, problem) -> components.addExample(exampleName(status),
                OASFactory.createExample().summary(problem.get("title") + " (" + status + ")").value(problem)));
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema integer() {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO);
    }

    private static boolean answersJson(APIResponse ok) {
        return ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().keySet().stream().anyMatch(type -> type.contains("json"));
    }

    /** JSON reads carry an ETag, honour If-None-Match with 304, and pages carry Link (see {@link ReadResponses}). */
    private static void documentConditionalRead(Operation operation, APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        ok.addHeader(ETAG, OASFactory.createHeader().ref(ETAG));
        boolean page = ok.getContent().getMediaTypes().values().stream()
                .anyMatch(media -> media.getSchema() != null && media.getSchema().getRef() != null
                        && media.getSchema().getRef().contains("PageView"));
        if (page) {
            ok.addHeader(LINK, OASFactory.createHeader().ref(LINK));
        }
        operation.addParameter(OASFactory.createParameter().ref(IF_NONE_MATCH));
        responses.addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match names the current ETag; no body")
                .addHeader(ETAG, OASFactory.createHeader().ref(ETAG)));
    }

    /** Every problem answer shows the typical problem of its status. */
    private static void addProblemExamples(APIResponses responses) {
        responses.getAPIResponses().forEach((status, response) -> {
            MediaType problem = response.getContent() == null ? null
                    : response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (problem != null && problem.getExample() == null
                    && (problem.getExamples() == null || problem.getExamples().isEmpty()) && EXAMPLES.containsKey(status)) {
                Example reference = OASFactory.createExample().ref(exampleName(status));
                problem.addExample(exampleName(status), reference);
            }
        });
    }

    /**
     * The server writes every field of a view, null or not (nullable ones say so), so clients may rely
     * on each being present.
     */
    private static void requireEveryPropertyOfViews(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if ((name.endsWith("View") || name.endsWith("Node")) && schema.getProperties() != null) {
                schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    /** Adds the problem answer, or gives its body to one already declared without (e.g. the scanner's 400). */
    private static void add(APIResponses responses, String status, String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
            existing.content(content);
        }
    }

    /** POSTs take an Idempotency-Key (see Idempotency); operations that declare it themselves keep their text. */
    private static void acceptIdempotencyKey(Operation operation) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "Idempotency-Key".equalsIgnoreCase(parameter.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key")
                    .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                    .description("Makes a retry safe: the first answer under this key is given again for 24 hours")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .maxLength(200)));
        }
    }

    /** Answers in a non-JSON type (exports, downloads) that the scanner left without a schema are files. */
    private static void describeFiles(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null) {
            return;
        }
        ok.getContent().getMediaTypes().forEach((type, media) -> {
            if (!type.contains("json") && media.getSchema() == null) {
                media.setSchema(string().format("binary"));
                if (ok.getDescription() == null || ok.getDescription().equals("OK")) {
                    ok.setDescription("The file; its name in Content-Disposition");
                }
            }
        });
    }

    /** Writes that answer with a single resource carry its version as ETag. */
    private static void addETagHeader(APIResponses responses) {
        for (String status : new String[] { "200", "201" }) {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null || response.getContent() == null) {
                continue;
            }
            boolean single = response.getContent().getMediaTypes().values().stream()
                    .anyMatch(media -> media.getSchema() != null && media.getSchema().getRef() != null
                            && media.getSchema().getRef().endsWith("View")
                            && !media.getSchema().getRef().contains("PageView"));
            if (single) {
                Header header = OASFactory.createHeader().ref(ETAG);
                response.addHeader(ETAG, header);
            }
        }
    }
}
