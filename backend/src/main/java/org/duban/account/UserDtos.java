package org.duban.account;

import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class UserDtos {
    private UserDtos() {
    }

    @Schema(description = "A person's account; never carries the password")
    public record UserView(
            long id,
            @Schema(examples = "reporter-630100") String username,
            @Schema(examples = "西宁市填报员") String displayName,
            Set<Role> roles,
            @Schema(nullable = true) Long unitId,
            @Schema(nullable = true, examples = "西宁市") String unitName,
            boolean enabled,
            @Schema(description = "May issue leader's instructions (领导批示)") boolean leader,
            @Schema(nullable = true, description = "Notices are also mailed here") String email,
            @Schema(nullable = true, description = "Set while the account is locked after failed sign-ins") OffsetDateTime lockedUntil,
            long version,
            OffsetDateTime createdAt) {
    }

    @Schema(description = "A new account")
    public record CreateUser(
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$",
                    message = "must be 3–64 letters, digits, '.', '_' or '-'") @Schema(examples = "reporter-630100") String username,
            @NotBlank @Size(max = 200) @Schema(examples = "西宁市填报员") String displayName,
            @NotBlank @Size(max = 128) @Schema(description = "At least 10 characters, not containing the username") String password,
            @NotEmpty Set<@NotNull Role> roles,
            @Schema(description = "Required for REPORTER, not allowed otherwise") Long unitId,
            @Schema(description = "May issue leader's instructions; false when omitted") Boolean leader,
            @Email @Size(max = 254) String email) {
    }

    @Schema(description = "Replace an account's name, roles, unit and enabled flag")
    public record UpdateUser(
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<@NotNull Role> roles,
            Long unitId,
            @NotNull Boolean enabled,
            @Schema(description = "Unchanged when omitted") Boolean leader,
            @Email @Size(max = 254) @Schema(description = "Removed when omitted") String email) {
    }

    @Schema(description = "An administrator sets a new password; this also unlocks the account")
    public record ResetPassword(@NotBlank @Size(max = 128) String newPassword) {
    }
}
