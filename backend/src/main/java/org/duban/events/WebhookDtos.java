package org.duban.events;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WebhookDtos {
    private WebhookDtos() {
    }

    public record WebhookInput(
            @NotBlank @Size(max = 2000) @Schema(examples = "https://supervision.example.gov.cn/duban/hooks") String url,
            @NotEmpty @Size(max = 20) List<@NotBlank String> eventTypes,
            @Schema(description = "Only events of this unit; all units when absent") Long unitId,
            @Size(min = 16, max = 200) @Schema(description = "The HMAC key (16–200 characters); generated and shown once when absent at creation, unchanged when absent on replace")
            String secret,
            @Schema(description = "Replace only: false pauses deliveries, true resumes them and clears the failure count") Boolean active) {
    }

    public record WebhookView(long id, String url, List<String> eventTypes, @Schema(nullable = true) Long unitId, boolean active,
            @Schema(nullable = true) String disabledReason, int consecutiveFailures, String createdBy, OffsetDateTime createdAt,
            long version) {
    }

    @Schema(description = "The subscription, and its secret — shown this once")
    public record WebhookCreatedView(WebhookView webhook, String secret) {
    }

    public record DeliveryView(String id, long eventId, long eventPosition, String eventType,
            @Schema(enumeration = { "PENDING", "SUCCEEDED", "DEAD" }) String state, int attempts,
            @Schema(nullable = true) OffsetDateTime nextAttemptAt, @Schema(nullable = true) Integer lastStatus,
            @Schema(nullable = true) String lastError, @Schema(nullable = true) Integer lastDurationMs,
            @Schema(nullable = true) OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
    }

}
