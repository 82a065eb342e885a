package org.duban.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change or sign-in. Append-only: the database refuses updates and deletes. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "actor_type", nullable = false, updatable = false, length = 16)
    public String actorType;

    @Column(name = "actor_id", updatable = false)
    public Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 120)
    public String actorName;

    @Column(nullable = false, updatable = false, length = 32)
    public String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    public String entityType;

    @Column(name = "entity_id", updatable = false)
    public Long entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String after;

    @Column(name = "client_ip", updatable = false, length = 64)
    public String clientIp;

    @Column(name = "request_id", updatable = false, length = 64)
    public String requestId;
}
