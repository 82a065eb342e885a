package org.duban.account;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ApiTokenDtos {
    /** The scopes a token may carry. */
    public static final List<String> SCOPES = List.of("read", "write:metric-values", "write:progress-reports", "import");

    private ApiTokenDtos() {
    }

    @Schema(description = "An API token as listed; the secret itself is shown only once, at creation")
    public record ApiTokenView(
            long id,
            @Schema(examples = "执法监督平台") String name,
            @Schema(description = "The token's first characters, to tell tokens apart", examples = "dbn_Ab12Cd") String tokenPrefix,
            List<String> scopes,
            @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) String unitName,
            @Schema(nullable = true) OffsetDateTime expiresAt,
            @Schema(nullable = true) OffsetDateTime revokedAt,
            @Schema(nullable = true) OffsetDateTime lastUsedAt,
            @Schema(nullable = true) String createdBy,
            OffsetDateTime createdAt,
            long version) {
    }

    @Schema(description = "A new API token")
    public record CreateApiToken(
            @NotBlank @Size(max = 100) @Schema(examples = "执法监督平台") String name,
            @NotEmpty @Schema(description = "Any of: read, write:metric-values, write:progress-reports, import")
            List<@NotNull String> scopes,
            @Schema(description = "Confine the token to one unit's data") Long unitId,
            @Schema(description = "No expiry when absent") OffsetDateTime expiresAt) {
    }

    @Schema(description = "The new token: copy the secret now, it is never shown again")
    public record CreatedApiToken(
            @Schema(description = "Send as Authorization: Bearer <token>") String token,
            ApiTokenView apiToken) {
    }
}
