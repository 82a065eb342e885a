package org.duban.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
@Schema(description = "RFC 9457 problem details (application/problem+json)", requiredProperties = { "type", "title", "status" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(examples = "https://duban.example/problems/validation") String type,
        @Schema(examples = "Invalid input") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "2 fields are invalid") String detail,
        @Schema(examples = "/api/v1/plans") String instance,
        @Schema(description = "Field-level errors, present for validation problems") List<FieldError> errors,
        @Schema(description = "Identifies the request in the server log") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://duban.example/problems/";
}
