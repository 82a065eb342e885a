package org.duban.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.duban.unit.UnitType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MetricDtos {
    private MetricDtos() {
    }

    @Schema(description = "A quantitative target of a plan")
    public record MetricView(
            long id,
            long planId,
            @Schema(nullable = true) Long taskId,
            @Schema(examples = "Q21-COURT-APPEARANCE") String code,
            @Schema(description = "Name in Chinese", examples = "行政机关负责人出庭应诉率") String name,
            @Schema(examples = "Principals appearing in court") String nameEn,
            @Schema(nullable = true) String description,
            MetricKind kind,
            @Schema(nullable = true, type = SchemaType.STRING, enumeration = { ">=", ">", "<=", "<", "=" }) Comparator comparator,
            @Schema(nullable = true, examples = "90") BigDecimal targetValue,
            @Schema(nullable = true) LocalDate targetDate,
            @Schema(description = "Display unit", examples = "%") String unit,
            Granularity granularity,
            Set<UnitType> appliesTo,
            UnitAggregation unitAggregation,
            @Schema(nullable = true) Long compareMetricId,
            long version) {
    }

    @Schema(description = "The fields of a metric; its plan is set at creation and never changes")
    public record MetricInput(
            @Schema(description = "Required when creating; must not change afterwards") Long planId,
            Long taskId,
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                    message = "may contain only letters, digits, '.', '_' and '-'") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String nameEn,
            @Size(max = 2000) String description,
            @NotNull MetricKind kind,
            @Schema(type = SchemaType.STRING, enumeration = { ">=", ">", "<=", "<", "=" }) Comparator comparator,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal targetValue,
            LocalDate targetDate,
            @NotBlank @Size(max = 16) @Schema(examples = "%") String unit,
            @NotNull Granularity granularity,
            @NotEmpty Set<@NotNull UnitType> appliesTo,
            @NotNull UnitAggregation unitAggregation,
            Long compareMetricId) {
    }

    @Schema(description = "One unit's figure for one period")
    public record MetricValueView(
            long id,
            long metricId,
            String metricCode,
            long unitId,
            String unitName,
            @Schema(examples = "2024-Q2") String period,
            @Schema(nullable = true) BigDecimal value,
            @Schema(nullable = true) BigDecimal numerator,
            @Schema(nullable = true) BigDecimal denominator,
            @Schema(nullable = true) Boolean done,
            @Schema(nullable = true) LocalDate doneDate,
            @Schema(nullable = true) String note,
            @Schema(nullable = true, description = "The compared figure: the value, or the ratio as a percentage") BigDecimal figure,
            ValueSource source,
            String enteredBy,
            long version,
            OffsetDateTime updatedAt) {
    }

    @Schema(description = "A figure: value for counts and shares, numerator and denominator for ratios, done and doneDate for deliverables")
    public record ValueInput(
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal value,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal numerator,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal denominator,
            Boolean done,
            LocalDate doneDate,
            @Size(max = 1000) String note) {
    }

    @Schema(description = "One figure of a batch")
    public record BatchItem(
            @NotNull Long metricId,
            @NotNull Long unitId,
            @NotBlank @Size(max = 7) @Schema(examples = "2024") String period,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal value,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal numerator,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal denominator,
            Boolean done,
            LocalDate doneDate,
            @Size(max = 1000) String note) {
        ValueInput input() {
            return new ValueInput(value, numerator, denominator, done, doneDate, note);
        }
    }

    @Schema(description = "Up to 10,000 figures, written all or nothing")
    public record BatchValues(@NotEmpty @Size(max = 10_000) List<@Valid @NotNull BatchItem> items) {
    }

    @Schema(description = "What a batch did")
    public record BatchResult(int created, int updated, int unchanged) {
    }

    @Schema(description = "A unit (or its whole subtree) against a metric's target")
    public record AttainmentRow(
            @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) String unitCode,
            String unitName,
            @Schema(nullable = true) UnitType unitType,
            @Schema(nullable = true, description = "The compared figure; a percentage for ratios and shares") BigDecimal figure,
            @Schema(nullable = true) BigDecimal numerator,
            @Schema(nullable = true) BigDecimal denominator,
            AttainmentStatus status,
            @Schema(description = "Units in the subtree that reported") int reporting,
            @Schema(description = "Units in the subtree the metric applies to") int expected,
            @Schema(description = "Whether the unit has units under it to drill into") boolean hasChildren) {
    }

    @Schema(description = "Attainment of a metric for a period: the scope and the units directly under it")
    public record AttainmentView(
            long metricId,
            @Schema(examples = "2024") String period,
            @Schema(nullable = true, type = SchemaType.STRING, enumeration = { ">=", ">", "<=", "<", "=" }) Comparator comparator,
            @Schema(nullable = true) BigDecimal targetValue,
            @Schema(nullable = true) LocalDate targetDate,
            AttainmentRow scope,
            List<AttainmentRow> rows) {
    }

    @Schema(description = "A metric's headline attainment for the whole plan")
    public record AttainmentSummary(long metricId, String code, @Schema(nullable = true) BigDecimal figure,
            AttainmentStatus status, int reporting, int expected) {
    }

    @Schema(description = "One period of a series")
    public record SeriesPoint(
            @Schema(examples = "2024-Q2") String period,
            @Schema(nullable = true, description = "This period alone") BigDecimal figure,
            @Schema(nullable = true, description = "The year so far: counts add up, ratios are ratios of sums") BigDecimal cumulative,
            @Schema(description = "Attainment of the year so far") AttainmentStatus status,
            int reporting) {
    }

    @Schema(description = "A metric over the periods of a year, for one unit's subtree")
    public record SeriesView(long metricId, long unitId, String unitName, int year,
            @Schema(nullable = true) BigDecimal targetValue, List<SeriesPoint> points) {
    }

    @Schema(description = "A correction of a figure: who changed it from what to what")
    public record ValueChange(OffsetDateTime occurredAt, String actorName, String action,
            @Schema(nullable = true, type = SchemaType.OBJECT) com.fasterxml.jackson.databind.JsonNode before,
            @Schema(nullable = true, type = SchemaType.OBJECT) com.fasterxml.jackson.databind.JsonNode after) {
    }
}
