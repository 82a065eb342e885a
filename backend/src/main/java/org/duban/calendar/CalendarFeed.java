package org.duban.calendar;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A private calendar feed: of a unit's assignments, or of everything a person may see. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "user_id")
    public Long userId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "created_by", nullable = false, length = 120)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
