package org.duban.audit;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Where;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    public record Filter(String actor, String action, String entityType, Long entityId, OffsetDateTime from,
            OffsetDateTime to) {
    }

    public PanacheQuery<AuditEvent> search(Filter filter, Sort sort) {
        Where where = new Where()
                .and("actorName = :actor", "actor", filter.actor())
                .and("action = :action", "action", filter.action())
                .and("entityType = :entityType", "entityType", filter.entityType())
                .and("entityId = :entityId", "entityId", filter.entityId())
                .and("occurredAt >= :from", "from", filter.from())
                .and("occurredAt < :to", "to", filter.to());
        return find(where.jpql(), sort, where.parameters());
    }
}
