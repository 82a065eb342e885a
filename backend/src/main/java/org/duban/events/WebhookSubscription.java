package org.duban.events;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;

/** A third party's subscription: where to POST which events (optionally of one unit), signed with its secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {
    @Column(nullable = false, length = 2000)
    public String url;

    /** Comma-separated event types. */
    @Column(name = "event_types", nullable = false, length = 2000)
    public String eventTypes;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "disabled_reason", length = 500)
    public String disabledReason;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    /** The feed position up to which events have been turned into deliveries. */
    @Column(name = "last_position", nullable = false)
    public long lastPosition;

    @Column(name = "created_by", nullable = false, length = 120)
    public String createdBy;

    public List<String> types() {
        return Arrays.stream(eventTypes.split(",")).filter(t -> !t.isBlank()).toList();
    }
}
