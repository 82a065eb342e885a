package org.duban.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gives committed events their feed position, in id order. An event is positioned only once every
 * transaction that could still commit an event with a smaller id has ended (its transaction id is
 * below the oldest running one), and one sequencer at a time does it (an advisory lock across
 * instances) — so positions appear in order and a consumer that follows them never skips one.
 */
@ApplicationScoped
public class EventSequencer {
    private static final long LOCK = 0x6475_6261_6e01L;

    private final EntityManager em;

    EventSequencer(EntityManager em) {
        this.em = em;
    }

    /** Positions what can be positioned now; returns how many events it positioned (0 if another instance is at it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int sequence() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        List<Number> ready = em.createNativeQuery("""
                select id from domain_event
                where position is null and tx_id < pg_snapshot_xmin(pg_current_snapshot())
                order by id limit 5000""").getResultList();
        if (ready.isEmpty()) {
            return 0;
        }
        long last = ((Number) em.createNativeQuery("select coalesce(max(position), 0) from domain_event").getSingleResult())
                .longValue();
        Long[] ids = ready.stream().map(Number::longValue).toArray(Long[]::new);
        Long[] positions = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            positions[i] = last + i + 1;
        }
        return em.createNativeQuery("""
                update domain_event e set position = v.pos
                from (select unnest(cast(?1 as bigint[])) as id, unnest(cast(?2 as bigint[])) as pos) v
                where e.id = v.id""").setParameter(1, ids).setParameter(2, positions).executeUpdate();
    }
}
