package org.duban.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field of a problem answer: the field's path as the client sent it, and why. */
@Schema(description = "A field the server rejected")
public record FieldError(
        @Schema(examples = "title") String field,
        @Schema(examples = "must not be blank") String message) {
}
