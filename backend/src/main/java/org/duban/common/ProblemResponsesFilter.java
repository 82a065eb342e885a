package org.duban.common;

import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, once for every operation, the problem+json answers and ETag headers the shared
 * mechanisms ({@link ProblemMapper}, {@link ETags}) give, so resources need not repeat them.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addHeader("ETag", OASFactory.createHeader()
                .description("The resource's current version; send it back in If-Match to change the resource")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
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
                APIResponses responses = entry.getValue().getResponses();
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
                if (write) {
                    add(responses, "409", "Conflicts with the current state, e.g. a duplicate");
                }
                if (method == PathItem.HttpMethod.POST && entry.getValue().getSecurity() != null && !path.endsWith("/login")
                        && !path.startsWith("/api/v1/auth/")) {
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
                add(responses, "500", "Unexpected error; the problem carries a request id");
                describeFiles(responses);
                if (addressesOne || method == PathItem.HttpMethod.POST) {
                    addETagHeader(responses);
                }
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
                media.setSchema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING).format("binary"));
                if (ok.getDescription() == null || ok.getDescription().equals("OK")) {
                    ok.setDescription("The file; its name in Content-Disposition");
                }
            }
        });
    }

    /** Single-resource answers carry the version as ETag; lists do not. */
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
                Header header = OASFactory.createHeader().ref("ETag");
                response.addHeader("ETag", header);
            }
        }
    }
}
