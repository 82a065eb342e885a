package org.duban.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transactional outbox: an event is a row written in the same transaction as the change it
 * reports, so it exists exactly when the change does. Consumers read it through the change feed and
 * webhooks once the EventSequencer has given it a position.
 */
@ApplicationScoped
public class DomainEvents {
    public static final String ASSIGNMENT_CREATED = "assignment.created";
    public static final String ASSIGNMENT_UPDATED = "assignment.updated";
    public static final String ASSIGNMENT_COMPLETED = "assignment.completed";
    public static final String REPORT_SUBMITTED = "progress-report.submitted";
    public static final String REPORT_APPROVED = "progress-report.approved";
    public static final String REPORT_RETURNED = "progress-report.returned";
    public static final String METRIC_VALUE_UPSERTED = "metric-value.upserted";
    public static final String URGE_ISSUED = "urge.issued";
    public static final String EXTENSION_REQUESTED = "extension.requested";
    public static final String EXTENSION_DECIDED = "extension.decided";
    public static final String PLAN_PUBLISHED = "plan.published";
    public static final String IMPORT_COMPLETED = "import.completed";

    public static final java.util.List<String> TYPES = java.util.List.of(ASSIGNMENT_CREATED, ASSIGNMENT_UPDATED,
            ASSIGNMENT_COMPLETED, REPORT_SUBMITTED, REPORT_APPROVED, REPORT_RETURNED, METRIC_VALUE_UPSERTED, URGE_ISSUED,
            EXTENSION_REQUESTED, EXTENSION_DECIDED, PLAN_PUBLISHED, IMPORT_COMPLETED);

    private final EntityManager em;
    private final ObjectMapper json;

    DomainEvents(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Records an event in the caller's transaction; {@code unitId} scopes who may read it (null: everyone who reads all). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String entityType, long entityId, Long unitId, Long planId, Object data) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload of " + type + " cannot be written", e);
        }
        em.createNativeQuery("""
                insert into domain_event (type, entity_type, entity_id, unit_id, plan_id, payload)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))""")
                .setParameter(1, type).setParameter(2, entityType).setParameter(3, entityId)
                .setParameter(4, unitId).setParameter(5, planId).setParameter(6, payload).executeUpdate();
    }
}
