package org.duban.inbox;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One notice in one user's inbox. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public Long userId;

    @Column(nullable = false, length = 32)
    public String kind;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 2000)
    public String body;

    @Column(length = 300)
    public String link;

    @Column(name = "dedup_key", nullable = false, length = 200)
    public String dedupKey;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
