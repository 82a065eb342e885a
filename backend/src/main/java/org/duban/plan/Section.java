package org.duban.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;

/** A numbered part of a plan (一、二、…). */
@Entity
@Table(name = "section")
public class Section extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    public Plan plan;

    /** Order within the plan, 1-based; shown as a Chinese numeral. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 300)
    public String title;

    public String label() {
        return ChineseNumerals.of(number);
    }
}
