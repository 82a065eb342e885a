package org.duban.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Puts notices in inboxes, inside the caller's transaction. A notice to a unit goes to each of its
 * enabled reporters; the same event (its dedup key) never reaches a user twice.
 */
@ApplicationScoped
public class Notifications {
    public enum Kind { ASSIGNED, REPORT_RETURNED, URGED, DEADLINE_APPROACHING, INSTRUCTION, EXTENSION_DECIDED, WEBHOOK_DISABLED }

    private final EntityManager em;
    private final Event<Mail> mails;

    Notifications(EntityManager em, Event<Mail> mails) {
        this.em = em;
        this.mails = mails;
    }

    /** A notice to mail to a unit's reporters once the transaction that made it commits. */
    public record Mail(long unitId, String title, String body, String dedupKey) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int toUnit(long unitId, Kind kind, String title, String body, String link, String dedupKey) {
        int added = insert(unitId, kind, title, body, link, dedupKey);
        if (added > 0) {
            mails.fire(new Mail(unitId, title, body, dedupKey));
        }
        return added;
    }

    private int insert(long unitId, Kind kind, String title, String body, String link, String dedupKey) {
        return em.createNativeQuery("""
                insert into notification (user_id, kind, title, body, link, dedup_key)
                select u.id, ?1, ?2, ?3, ?4, ?5 from app_user u
                join app_user_role r on r.user_id = u.id and r.role = 'REPORTER'
                where u.unit_id = ?6 and u.enabled
                on conflict (user_id, dedup_key) do nothing""")
                .setParameter(1, kind.name()).setParameter(2, title).setParameter(3, body).setParameter(4, link)
                .setParameter(5, dedupKey).setParameter(6, unitId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int toUnits(List<Long> unitIds, Kind kind, String title, String body, String link, String dedupKey) {
        int sent = 0;
        for (long unitId : unitIds) {
            sent += toUnit(unitId, kind, title, body, link, dedupKey);
        }
        return sent;
    }

    /** To every enabled administrator (operational notices such as a webhook switched off). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int toAdmins(Kind kind, String title, String body, String link, String dedupKey) {
        return em.createNativeQuery("""
                insert into notification (user_id, kind, title, body, link, dedup_key)
                select u.id, ?1, ?2, ?3, ?4, ?5 from app_user u
                join app_user_role r on r.user_id = u.id and r.role = 'ADMIN'
                where u.enabled
                on conflict (user_id, dedup_key) do nothing""")
                .setParameter(1, kind.name()).setParameter(2, title).setParameter(3, body).setParameter(4, link)
                .setParameter(5, dedupKey).executeUpdate();
    }
}
