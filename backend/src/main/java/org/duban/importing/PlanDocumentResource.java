package org.duban.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.common.InvalidInput;
import org.duban.importing.PlanDocumentDtos.CommitPlanDocument;
import org.duban.importing.PlanDocumentDtos.CommitResult;
import org.duban.importing.PlanDocumentPreview.Preview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/plan-documents")
@Tag(name = "Plan documents", description = "Turn a plan document (text or DOCX) into a plan: preview the parse, correct it, commit it")
@RolesAllowed(Roles.SUPERVISOR)
public class PlanDocumentResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PlanDocumentService documents;

    PlanDocumentResource(PlanDocumentService documents) {
        this.documents = documents;
    }

    @POST
    @Path("preview")
    @Consumes({ MediaType.TEXT_PLAIN, DOCX })
    @ResponseStatus(200)
    @Operation(summary = "Parse a plan document without storing anything",
            description = "The body is the document as text/plain; charset=UTF-8, or a DOCX file. The answer is its structure: header, sections, tasks with their measures, the units named (LEAD / CO / RESPONSIBLE, matched to known units with a confidence), deadlines (a month deadline is that month's last day) and quantitative targets.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Preview previewPlanDocument(@RestHeader("Content-Type") String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInput("body", "the document is empty");
        }
        return contentType != null && contentType.startsWith(DOCX) ? documents.previewDocx(body) : documents.previewText(body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a plan from a corrected preview",
            description = "Plan, sections, tasks and measures, and optionally a metric per target and assignments to the named units, in one transaction: any error creates nothing. Field errors name the place in the document (sections[1].tasks[0].title).")
    @APIResponse(responseCode = "201", description = "Created; Location names the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitResult.class)))
    public RestResponse<CommitResult> commitPlanDocument(@Valid @NotNull CommitPlanDocument body) {
        CommitResult result = documents.commit(body);
        return RestResponse.ResponseBuilder.<CommitResult>created(java.net.URI.create(Api.BASE + "/plans/" + result.planId()))
                .entity(result).build();
    }
}
