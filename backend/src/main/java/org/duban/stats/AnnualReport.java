package org.duban.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;
import org.duban.common.Conflict;
import org.duban.plan.Plan;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.UnitType;

/**
 * 年度法治政府建设情况报告: a unit's report on the plan's year in the five statutory parts, drafted
 * from the figures, edited by people, then finalised and no longer changed.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends AuditedEntity {
    public enum State { DRAFT, FINAL }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    public ResponsibilityUnit unit;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** 一、推进法治政府建设的主要举措和成效 */
    @Column(nullable = false)
    public String measures;

    /** 二、存在的不足和原因 */
    @Column(nullable = false)
    public String shortcomings;

    /** 三、党政主要负责人履行推进法治建设第一责任人职责情况 */
    @Column(nullable = false)
    public String leadership;

    /** 四、下一年度推进法治政府建设的主要安排 */
    @Column(name = "next_year", nullable = false)
    public String nextYear;

    /** 五、其他需要报告的情况 */
    @Column(name = "other_matters", nullable = false)
    public String otherMatters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public State state = State.DRAFT;

    @Column(name = "generated_at", nullable = false)
    public OffsetDateTime generatedAt;

    @Column(name = "finalised_by", length = 120)
    public String finalisedBy;

    @Column(name = "finalised_at")
    public OffsetDateTime finalisedAt;

    /**
     * When the report is due: departments report to the government by 1 March, governments to the
     * level above by 1 April of the following year.
     */
    public static LocalDate dueDate(int planYear, UnitType type) {
        return type == UnitType.PROVINCIAL_DEPARTMENT ? LocalDate.of(planYear + 1, 3, 1) : LocalDate.of(planYear + 1, 4, 1);
    }

    public void requireDraft() {
        if (state != State.DRAFT) {
            throw new Conflict("the report is final and can no longer be changed");
        }
    }

    public void finalise(String by, OffsetDateTime now) {
        requireDraft();
        state = State.FINAL;
        finalisedBy = by;
        finalisedAt = now;
    }
}
