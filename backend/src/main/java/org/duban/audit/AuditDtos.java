package org.duban.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AuditDtos {
    private AuditDtos() {
    }

    @Schema(description = "A recorded change or sign-in")
    public record AuditEventView(
            long id,
            OffsetDateTime occurredAt,
            @Schema(examples = "USER", enumeration = { "USER", "TOKEN", "ANONYMOUS", "SYSTEM" }) String actorType,
            @Schema(nullable = true) Long actorId,
            @Schema(examples = "supervisor") String actorName,
            @Schema(examples = "UPDATE") String action,
            @Schema(examples = "assignment") String entityType,
            @Schema(nullable = true) Long entityId,
            @Schema(nullable = true, type = SchemaType.OBJECT, description = "The state before the change") JsonNode before,
            @Schema(nullable = true, type = SchemaType.OBJECT, description = "The state after the change") JsonNode after,
            @Schema(nullable = true) String clientIp,
            @Schema(nullable = true) String requestId) {
    }
}
