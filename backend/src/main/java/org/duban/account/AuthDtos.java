package org.duban.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AuthDtos {
    private AuthDtos() {
    }

    @Schema(description = "Credentials of a person")
    public record LoginRequest(
            @NotBlank @Size(max = 64) @Schema(examples = "supervisor") String username,
            @NotBlank @Size(max = 128) String password) {
    }

    @Schema(description = "A short-lived access token and the refresh token that renews it")
    public record TokenPair(
            @Schema(description = "Send as Authorization: Bearer <accessToken>") String accessToken,
            String refreshToken,
            @Schema(description = "Seconds until the access token expires", examples = "900") long expiresIn,
            @Schema(examples = "Bearer") String tokenType) {
    }

    @Schema(description = "A refresh token to renew or revoke")
    public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @Schema(description = "Change one's own password")
    public record ChangePassword(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = Passwords.MIN_LENGTH, max = 128) String newPassword) {
    }

    @Schema(description = "The caller: a signed-in person or an API token")
    public record MeView(
            @Schema(enumeration = { "USER", "TOKEN" }) String kind,
            long id,
            @Schema(examples = "reporter-630100") String username,
            @Schema(examples = "西宁市填报员") String displayName,
            @Schema(description = "Roles of a person; scope:<name> entries for a token") List<String> roles,
            @Schema(nullable = true) Long unitId,
            @Schema(nullable = true, examples = "西宁市") String unitName) {
    }
}
