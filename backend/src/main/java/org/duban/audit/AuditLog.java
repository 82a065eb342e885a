package org.duban.audit;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import org.duban.account.CurrentActor;
import org.duban.common.RequestInfo;

/**
 * Writes the audit trail. Called by services inside their transaction, so a change and its audit
 * row commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {
    private final ObjectMapper json;
    private final RequestInfo request;
    private final Instance<CurrentActor> actor;

    AuditLog(ObjectMapper json, RequestInfo request, Instance<CurrentActor> actor) {
        this.json = json;
        this.request = request;
        this.actor = actor;
    }

    /** Who acted, as the audit trail names them. */
    public record Actor(String type, Long id, String name) {
        public static final Actor SYSTEM = new Actor("SYSTEM", null, "system");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, long entityId, Object after) {
        record("CREATE", entityType, entityId, null, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, long entityId, Object before, Object after) {
        record("UPDATE", entityType, entityId, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, long entityId, Object before) {
        record("DELETE", entityType, entityId, before, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, Object before, Object after) {
        record(currentActor(), action, entityType, entityId, before, after);
    }

    /** Who acted and through which request, kept for work that ends after the request did (import jobs). */
    public record Origin(Actor actor, String requestId, String clientIp) {
    }

    /** The current caller and request, to be recorded later by {@link #record(Origin, String, String, Long, Object, Object)}. */
    public Origin currentOrigin() {
        return new Origin(currentActor(), request.requestId(), request.clientIp());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor who, String action, String entityType, Long entityId, Object before, Object after) {
        record(new Origin(who, request.requestId(), request.clientIp()), action, entityType, entityId, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Origin origin, String action, String entityType, Long entityId, Object before, Object after) {
        Actor who = origin.actor();
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.actorType = who.type();
        event.actorId = who.id();
        event.actorName = who.name();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.before = toJson(before);
        event.after = toJson(after);
        event.clientIp = origin.clientIp();
        event.requestId = origin.requestId();
        event.persist();
    }

    /** The caller of the current request, or the system outside a request (start-up jobs). */
    public Actor currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        try {
            CurrentActor current = actor.get();
            return switch (current.kind()) {
                case ANONYMOUS -> new Actor("ANONYMOUS", null, "anonymous");
                case USER -> new Actor("USER", current.id(), current.name());
                case TOKEN -> new Actor("TOKEN", current.id(), current.name());
            };
        } catch (ContextNotActiveException e) {
            return Actor.SYSTEM;
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise audit state", e);
        }
    }
}
