package org.duban.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Where;
import org.duban.plan.Task;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<Assignment> {

    /** Filters of the assignment list; null fields do not filter. */
    public record Filter(Long planId, Long sectionId, Long taskId, Long unitId, AssignmentRole role,
            AssignmentStatus status, LocalDate dueFrom, LocalDate dueTo, String text, String colour,
            Collection<Long> withinUnitIds) {

        public Filter withUnit(Long unit) {
            return new Filter(planId, sectionId, taskId, unit, role, status, dueFrom, dueTo, text, colour, withinUnitIds);
        }

        public Filter within(Collection<Long> unitIds) {
            return new Filter(planId, sectionId, taskId, unitId, role, status, dueFrom, dueTo, text, colour, unitIds);
        }
    }

    public PanacheQuery<Assignment> search(Filter filter, Sort sort) {
        Where where = new Where()
                .and("task.plan.id = :planId", "planId", filter.planId())
                .and("task.section.id = :sectionId", "sectionId", filter.sectionId())
                .and("task.id = :taskId", "taskId", filter.taskId())
                .and("unit.id = :unitId", "unitId", filter.unitId())
                .and("role = :role", "role", filter.role())
                .and("status = :status", "status", filter.status())
                .and("colour = :colour", "colour", filter.colour())
                .and("unit.id in :withinUnitIds", "withinUnitIds", filter.withinUnitIds())
                .and("dueDate >= :dueFrom", "dueFrom", filter.dueFrom())
                .and("dueDate <= :dueTo", "dueTo", filter.dueTo())
                .contains("(lower(task.title) like :q escape '\\' or lower(unit.name) like :q escape '\\')", "q", filter.text());
        return find(where.jpql(), sort, where.parameters())
                .withHint("jakarta.persistence.loadgraph", getEntityManager().getEntityGraph(Assignment.VIEW_GRAPH));
    }

    public List<Long> unitsAlreadyAssigned(Task task, Collection<Long> unitIds) {
        return getEntityManager()
                .createQuery("select a.unit.id from Assignment a where a.task = :task and a.unit.id in :units", Long.class)
                .setParameter("task", task).setParameter("units", unitIds).getResultList();
    }
}
