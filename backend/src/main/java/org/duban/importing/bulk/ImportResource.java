package org.duban.importing.bulk;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.Downloads;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.export.Column;
import org.duban.export.ExportFormat;
import org.duban.export.Exports;
import org.duban.importing.bulk.ImportDtos.ImportJobView;
import org.duban.importing.bulk.ImportDtos.ImportKindView;
import org.duban.importing.bulk.ImportDtos.TemplateColumn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@jakarta.ws.rs.Path(Api.BASE + "/imports")
@Tag(name = "Imports", description = "Bulk CSV (UTF-8 or GB18030) / XLSX / JSON imports of units, assignments, metric values and progress reports: dry run, then commit, as background jobs")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER, Roles.SCOPE_IMPORT })
public class ImportResource {
    private static final String KINDS = "^(responsibility-units|assignments|metric-values|progress-reports)$";
    private static final String KINDS_MESSAGE = "must be responsibility-units, assignments, metric-values or progress-reports";

    private final ImportService imports;
    private final Exports exports;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    ImportResource(ImportService imports, Exports exports, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.imports = imports;
        this.exports = exports;
        this.json = json;
    }

    @POST
    @Consumes({ "text/csv", MediaType.APPLICATION_JSON, ExportFormat.XLSX_TYPE })
    @Operation(summary = "Submit a file for import",
            description = "The body is the file itself (text/csv, application/json or XLSX). The job runs in the background: poll GET /imports/{id}. "
                    + "dryRun=true (the default) checks every row and reports what would be created, updated or left unchanged without writing; "
                    + "dryRun=false writes all rows in one transaction or none. Re-importing the same rows changes nothing. "
                    + "A retried commit with the same Idempotency-Key returns the first job (200). Reporters and unit-bound tokens import only their own unit's rows.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "202", description = "Accepted; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the first job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another import",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response submitImport(
            @RestQuery @NotNull @Pattern(regexp = KINDS, message = KINDS_MESSAGE) String kind,
            @RestQuery @Parameter(description = "Required for assignments, metric values and progress reports") Long planId,
            @RestQuery @Parameter(description = "Check only (default true)") Boolean dryRun,
            @RestQuery @Pattern(regexp = "^(?i)(UTF-8|UTF8|GB18030|GBK|GB2312)$", message = "must be UTF-8 or GB18030")
            @Parameter(description = "Of a CSV file; detected when absent") String charset,
            @RestHeader("Content-Type") String contentType,
            @RestHeader("X-File-Name") @Parameter(description = "The file's name, for the job list (URL-encoded)") String fileName,
            @RestHeader("Idempotency-Key") @Parameter(description = "Makes a retried submission return the first job") String idempotencyKey,
            Path body) {
        String name = fileName == null ? null : java.net.URLDecoder.decode(fileName, java.nio.charset.StandardCharsets.UTF_8);
        ImportService.Submitted submitted = imports.submit(new ImportService.Submission(kind, planId, dryRun == null || dryRun,
                contentType, charset, name, body, idempotencyKey));
        imports.start(submitted);
        return (submitted.replayed() ? Response.ok(submitted.view()).header("Idempotent-Replayed", "true")
                : Response.accepted(submitted.view()).location(java.net.URI.create(Api.BASE + "/imports/" + submitted.view().id())))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Operation(summary = "List import jobs", description = "Supervisors and administrators see all, others their own; newest first.")
    public PageView<ImportJobView> listImports(@Valid @BeanParam PageQuery page) {
        return imports.list(page);
    }

    @GET
    @jakarta.ws.rs.Path("{id}")
    @Operation(summary = "An import job: state, rows done, counts and the first 1,000 row errors")
    public ImportJobView getImport(@RestPath long id) {
        return imports.get(id);
    }

    @POST
    @jakarta.ws.rs.Path("{id}/cancel")
    @Operation(summary = "Cancel an import", description = "A queued job stops at once, a running one at its next progress mark; nothing is written. 409 once it has ended.")
    public ImportJobView cancelImport(@RestPath long id) {
        return imports.cancel(id);
    }

    @GET
    @jakarta.ws.rs.Path("kinds")
    @Operation(summary = "What each kind of import expects: its columns, in English and Chinese")
    public List<ImportKindView> listImportKinds() {
        return Arrays.stream(ImportKind.values()).map(kind -> new ImportKindView(kind.slug(), kind.needsPlan(),
                kind.columns().stream().map(c -> new TemplateColumn(c.key(), c.chinese(), c.description(), c.example(),
                        c.required(), c.aliases())).toList())).toList();
    }

    @GET
    @jakarta.ws.rs.Path("templates/{kind}")
    @Produces({ ExportFormat.XLSX_TYPE, "text/csv", MediaType.APPLICATION_JSON })
    @Operation(summary = "Download a template", description = "XLSX (with a sheet explaining the columns), CSV (UTF-8 with BOM) or JSON, with Chinese headers and an example row.")
    public Response getImportTemplate(@RestPath @Pattern(regexp = KINDS, message = KINDS_MESSAGE) String kind,
            @RestQuery @NotNull @Pattern(regexp = "^(xlsx|csv|json)$", message = "must be xlsx, csv or json") String format) {
        ImportKind importKind = ImportService.kind(kind);
        String fileName = "duban-import-" + importKind.slug();
        if (format.equals("json")) {
            Map<String, String> example = new LinkedHashMap<>();
            importKind.columns().forEach(column -> example.put(column.key(), column.example()));
            try {
                return Response.ok(json.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(example)), MediaType.APPLICATION_JSON)
                        .header("Content-Disposition", Downloads.attachment(fileName + ".json")).build();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        List<Column> headers = importKind.columns().stream().map(c -> Column.text(c.chinese(), Math.max(12, c.chinese().length() * 2 + 4)))
                .toList();
        return exports.download(ExportFormat.parse(format), fileName, "Duban " + importKind.slug(), List.of(), true, sink -> {
            sink.sheet("导入数据", headers);
            sink.row(importKind.columns().stream().map(ImportColumn::example).toList());
            if (format.equals("xlsx")) {
                sink.sheet("说明", List.of(Column.text("表头", 14), Column.text("English header", 16), Column.text("必填", 6),
                        Column.text("说明", 60), Column.text("其他可用表头", 24)));
                for (ImportColumn column : importKind.columns()) {
                    sink.row(List.of(column.chinese(), column.key(), column.required() ? "是" : "否", column.description(),
                            String.join("、", column.aliases())));
                }
            }
        });
    }
}
