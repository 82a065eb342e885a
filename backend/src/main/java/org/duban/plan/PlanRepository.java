package org.duban.plan;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import org.duban.common.Counts;
import org.duban.common.Where;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    public PanacheQuery<Plan> search(String text, Integer year, Sort sort) {
        Where where = new Where()
                .contains("(lower(title) like :q escape '\\' or lower(code) like :q escape '\\'"
                        + " or lower(documentNumber) like :q escape '\\')", "q", text)
                .and("year = :year", "year", year);
        return find(where.jpql(), sort, where.parameters());
    }

    public Optional<Plan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Map<Long, Long> sectionCounts(Collection<Long> planIds) {
        return Counts.byId(getEntityManager(),
                "select s.plan.id, count(s) from Section s where s.plan.id in :ids group by s.plan.id", planIds);
    }

    public Map<Long, Long> taskCounts(Collection<Long> planIds) {
        return Counts.byId(getEntityManager(),
                "select t.plan.id, count(t) from Task t where t.plan.id in :ids group by t.plan.id", planIds);
    }

    public long countAssignments(Plan plan) {
        return getEntityManager().createQuery("select count(a) from Assignment a where a.task.plan = :plan", Long.class)
                .setParameter("plan", plan).getSingleResult();
    }
}
