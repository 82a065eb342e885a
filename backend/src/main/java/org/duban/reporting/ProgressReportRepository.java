package org.duban.reporting;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.assignment.Assignment;
import org.duban.common.Where;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepository<ProgressReport> {

    public record Filter(Long planId, Long taskId, Long unitId, Long assignmentId, String period, ReportState state) {
        Filter withUnit(Long unit) {
            return new Filter(planId, taskId, unit, assignmentId, period, state);
        }
    }

    public PanacheQuery<ProgressReport> search(Filter filter, Sort sort) {
        Where where = new Where()
                .and("assignment.task.plan.id = :planId", "planId", filter.planId())
                .and("assignment.task.id = :taskId", "taskId", filter.taskId())
                .and("assignment.unit.id = :unitId", "unitId", filter.unitId())
                .and("assignment.id = :assignmentId", "assignmentId", filter.assignmentId())
                .and("period = :period", "period", filter.period())
                .and("state = :state", "state", filter.state());
        return find(where.jpql(), sort, where.parameters());
    }

    public Optional<ProgressReport> findOpen(Assignment assignment, String period) {
        return find("assignment = ?1 and period = ?2 and state <> ?3", assignment, period, ReportState.APPROVED)
                .firstResultOptional();
    }

    /** (assignment id, period, state) of every report of the given assignments, for the status rules. */
    public List<Object[]> filedPeriods(List<Long> assignmentIds) {
        return getEntityManager().createQuery(
                "select r.assignment.id, r.period, r.state, r.periodStart, r.id from ProgressReport r "
                        + "where r.assignment.id in :ids order by r.periodStart, r.id", Object[].class)
                .setParameter("ids", assignmentIds).getResultList();
    }
}
