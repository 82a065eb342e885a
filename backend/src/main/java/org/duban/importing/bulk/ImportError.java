package org.duban.importing.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem with one row: where it is (row as numbered in the file, column as headed there), what was there, what is wrong. */
public record ImportError(@Schema(description = "0 for the file as a whole") int row,
        @Schema(nullable = true) String column, @Schema(nullable = true) String value, String message) {
}
