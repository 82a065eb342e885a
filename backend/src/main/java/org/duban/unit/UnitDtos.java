package org.duban.unit;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class UnitDtos {
    private UnitDtos() {
    }

    @Schema(description = "A responsibility unit")
    public record UnitView(
            long id,
            @Schema(nullable = true, description = "Official division code, if the unit has one", examples = "630100") String code,
            @Schema(examples = "西宁市") String name,
            UnitType type,
            @Schema(nullable = true) Long parentId,
            long version) {
    }

    @Schema(description = "The fields a client sets when creating or replacing a responsibility unit")
    public record UnitInput(
            @Size(max = 12) @Pattern(regexp = "^[0-9]{6}([0-9]{3}([0-9]{3})?)?$",
                    message = "must be a 6, 9 or 12 digit division code") @Schema(examples = "630100") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "西宁市") String name,
            @NotNull UnitType type,
            Long parentId) {
    }

    @Schema(description = "A unit with the units under it")
    public record UnitNode(long id, @Schema(nullable = true) String code, String name, UnitType type, List<UnitNode> children) {
    }
}
