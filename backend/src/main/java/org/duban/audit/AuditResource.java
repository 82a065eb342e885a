package org.duban.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duban.account.Roles;
import org.duban.audit.AuditDtos.AuditEventView;
import org.duban.common.Api;
import org.duban.common.InvalidInput;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE + "/audit-events")
@Tag(name = "Audit", description = "Who changed what, when and from where; read-only")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
public class AuditResource {
    private static final Map<String, String> SORTS = Map.of("occurredAt", "occurredAt", "actor", "actorName",
            "action", "action", "entityType", "entityType");

    private final AuditRepository events;
    private final ObjectMapper json;

    AuditResource(AuditRepository events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @GET
    @Transactional
    @Operation(summary = "List audit events", description = "Newest first unless sorted otherwise. Sort fields: occurredAt, actor, action, entityType.")
    public PageView<AuditEventView> listAuditEvents(
            @RestQuery @Parameter(description = "Username, or token:<name> for an API token") String actor,
            @RestQuery @Parameter(description = "e.g. CREATE, UPDATE, DELETE, LOGIN_FAILURE") String action,
            @RestQuery @Parameter(description = "e.g. plan, task, assignment, user, api-token") String entityType,
            @RestQuery Long entityId,
            @RestQuery @Parameter(description = "At or after this instant (ISO-8601)") OffsetDateTime from,
            @RestQuery @Parameter(description = "Before this instant (ISO-8601)") OffsetDateTime to,
            @Valid @BeanParam PageQuery page) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("to", "must be after from");
        }
        var filter = new AuditRepository.Filter(actor, action, entityType, entityId, from, to);
        return PageView.of(events.search(filter, Sorts.parse(page.sort, SORTS, "-occurredAt")), page, this::view);
    }

    private AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actorType, e.actorId, e.actorName, e.action, e.entityType,
                e.entityId, tree(e.before), tree(e.after), e.clientIp, e.requestId);
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit state", e);
        }
    }
}
