package org.duban.reporting;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.assignment.Assignment;
import org.duban.common.AuditedEntity;

/** A supervisor's urge (催办) to a unit about one assignment, with its escalation level and the unit's answer. */
@Entity
@Table(name = "urge_notice")
public class UrgeNotice extends AuditedEntity {
    public enum Level { BLUE, YELLOW, RED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    public Assignment assignment;

    @Column(nullable = false, length = 6)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Level level;

    @Column(nullable = false, length = 2000)
    public String message;

    @Column(name = "issued_by", nullable = false, length = 120)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt = OffsetDateTime.now();

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by", length = 120)
    public String acknowledgedBy;

    @Column(length = 2000)
    public String response;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;
}
