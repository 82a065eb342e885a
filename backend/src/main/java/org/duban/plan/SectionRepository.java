package org.duban.plan;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Counts;

@ApplicationScoped
public class SectionRepository implements PanacheRepository<Section> {

    public PanacheQuery<Section> findByPlan(Plan plan, Sort sort) {
        return find("plan", sort, plan);
    }

    public boolean existsInPlan(Plan plan, int number) {
        return count("plan = ?1 and number = ?2", plan, number) > 0;
    }

    public Map<Long, Long> taskCounts(Collection<Long> sectionIds) {
        return Counts.byId(getEntityManager(),
                "select t.section.id, count(t) from Task t where t.section.id in :ids group by t.section.id", sectionIds);
    }

    public long countAssignments(Section section) {
        return getEntityManager()
                .createQuery("select count(a) from Assignment a where a.task.section = :section", Long.class)
                .setParameter("section", section).getSingleResult();
    }
}
