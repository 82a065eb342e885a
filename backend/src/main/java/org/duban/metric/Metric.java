package org.duban.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;
import org.duban.plan.Plan;
import org.duban.plan.Task;
import org.duban.unit.UnitType;

/** A quantitative target of a plan (指标). */
@Entity
@Table(name = "metric")
public class Metric extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MetricKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    public Comparator comparator;

    @Column(name = "target_value", precision = 18, scale = 4)
    public BigDecimal targetValue;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "display_unit", nullable = false, length = 16)
    public String displayUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Granularity granularity;

    /** Space-separated unit types. */
    @Column(name = "applies_to", nullable = false, length = 120)
    public String appliesTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_aggregation", nullable = false, length = 24)
    public UnitAggregation unitAggregation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "compare_metric_id")
    public Metric compareMetric;

    public Set<UnitType> appliesToTypes() {
        return Arrays.stream(appliesTo.split(" ")).map(UnitType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitType.class)));
    }

    public void appliesTo(Set<UnitType> types) {
        appliesTo = types.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    public Attainment.Rule rule() {
        return new Attainment.Rule(kind, comparator, targetValue, targetDate, unitAggregation);
    }
}
