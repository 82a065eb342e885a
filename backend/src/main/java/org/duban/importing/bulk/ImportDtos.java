package org.duban.importing.bulk;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ImportDtos {
    private ImportDtos() {
    }

    public record ImportJobView(long id,
            @Schema(enumeration = { "responsibility-units", "assignments", "metric-values", "progress-reports" }) String kind,
            @Schema(enumeration = { "CSV", "XLSX", "JSON" }) String format,
            @Schema(nullable = true, description = "Of a CSV file: UTF-8 or GB18030") String charset,
            @Schema(nullable = true) Long planId, boolean dryRun,
            @Schema(enumeration = { "QUEUED", "VALIDATING", "APPLYING", "SUCCEEDED", "FAILED", "CANCELLED" }) String state,
            @Schema(nullable = true) String fileName, String fileSha256, long sizeBytes,
            @Schema(nullable = true, description = "Known once the file has been read through") Integer rowsTotal,
            int rowsDone,
            @Schema(description = "Rows that created something (or would, in a dry run)") int created,
            int updated, int unchanged, int errorCount,
            @Schema(description = "The first 1,000 row errors") List<ImportError> errors,
            @Schema(nullable = true) String message, String createdBy, OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime startedAt, @Schema(nullable = true) OffsetDateTime finishedAt, long version) {
    }

    public record TemplateColumn(String key, String chinese, String description, String example, boolean required,
            List<String> otherHeaders) {
    }

    public record ImportKindView(String kind, boolean needsPlan, List<TemplateColumn> columns) {
    }
}
