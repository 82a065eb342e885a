package org.duban.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;

/** A work point of a plan (工作要点), or a measure under one when {@link #parent} is set. */
@Entity
@Table(name = "task")
public class Task extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    public Section section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Task parent;

    /** The number as written in the document, e.g. "1" or "26"; "3.1" for a measure. */
    @Column(nullable = false, length = 20)
    public String number;

    /** Document order within the plan. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false)
    public String content;

    public LocalDate deadline;
}
