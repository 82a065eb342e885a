package org.duban.plan;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Counts;
import org.duban.common.Where;

@ApplicationScoped
public class TaskRepository implements PanacheRepository<Task> {

    /** Filters of the task list; null fields do not filter. */
    public record Filter(Long planId, Long sectionId, Long parentId, Boolean topLevel, String text) {
    }

    public PanacheQuery<Task> search(Filter filter, Sort sort) {
        Where where = new Where()
                .and("plan.id = :planId", "planId", filter.planId())
                .and("section.id = :sectionId", "sectionId", filter.sectionId())
                .and("parent.id = :parentId", "parentId", filter.parentId())
                .when(Boolean.TRUE.equals(filter.topLevel()), "parent is null")
                .when(Boolean.FALSE.equals(filter.topLevel()), "parent is not null")
                .contains("(lower(title) like :q escape '\\' or number like :q escape '\\')", "q", filter.text());
        return find(where.jpql(), sort, where.parameters());
    }

    public boolean numberTaken(Plan plan, String number, Long exceptId) {
        return count("plan = ?1 and number = ?2 and id <> ?3", plan, number, exceptId == null ? -1L : exceptId) > 0;
    }

    public int nextPosition(Plan plan) {
        Integer max = getEntityManager().createQuery("select max(t.position) from Task t where t.plan = :plan", Integer.class)
                .setParameter("plan", plan).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public long countChildren(Task task) {
        return count("parent", task);
    }

    public Map<Long, Long> assignmentCounts(Collection<Long> taskIds) {
        return Counts.byId(getEntityManager(),
                "select a.task.id, count(a) from Assignment a where a.task.id in :ids group by a.task.id", taskIds);
    }
}
