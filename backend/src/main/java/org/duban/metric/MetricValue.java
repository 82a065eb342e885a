package org.duban.metric;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;
import org.duban.unit.ResponsibilityUnit;

/** One unit's figure for one period of a metric (指标数据). */
@Entity
@Table(name = "metric_value")
public class MetricValue extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_id", nullable = false, updatable = false)
    public Metric metric;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    public ResponsibilityUnit unit;

    @Column(nullable = false, length = 7, updatable = false)
    public String period;

    @Column(name = "period_start", nullable = false, updatable = false)
    public LocalDate periodStart;

    @Column(precision = 18, scale = 4)
    public BigDecimal value;

    @Column(precision = 18, scale = 4)
    public BigDecimal numerator;

    @Column(precision = 18, scale = 4)
    public BigDecimal denominator;

    public Boolean done;

    @Column(name = "done_date")
    public LocalDate doneDate;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public ValueSource source;

    @Column(name = "entered_by", nullable = false, length = 120)
    public String enteredBy;

    public Attainment.Figure figure() {
        return Attainment.of(metric.kind, value, numerator, denominator, done, doneDate);
    }
}
