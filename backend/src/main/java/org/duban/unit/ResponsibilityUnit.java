package org.duban.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;

/** A responsibility unit (责任单位): a government, a department, a prefecture or a county. */
@Entity
@Table(name = "responsibility_unit")
public class ResponsibilityUnit extends AuditedEntity {
    /** Official administrative division code where one exists (e.g. 630100 for 西宁市). */
    @Column(length = 12)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public ResponsibilityUnit parent;
}
