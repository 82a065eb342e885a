package org.duban.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.assignment.Assignment;
import org.duban.common.AuditedEntity;

/** A co-unit's (配合单位) input for a period, for the lead unit's consolidated report. */
@Entity
@Table(name = "contribution")
public class Contribution extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    public Assignment assignment;

    @Column(nullable = false, length = 7, updatable = false)
    public String period;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false, length = 120)
    public String author;
}
