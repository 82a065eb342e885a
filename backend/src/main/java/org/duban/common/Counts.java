package org.duban.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** Runs a {@code select key, count(...) ... where key in :ids group by key} query into a map. */
public final class Counts {
    private Counts() {
    }

    public static Map<Long, Long> byId(EntityManager em, String jpql, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
