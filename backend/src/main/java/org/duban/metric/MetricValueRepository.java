package org.duban.metric;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Where;

@ApplicationScoped
public class MetricValueRepository implements PanacheRepository<MetricValue> {

    public record Filter(Long metricId, Long planId, Long unitId, String period, Integer year) {
    }

    public PanacheQuery<MetricValue> search(Filter filter, Sort sort) {
        Where where = new Where()
                .and("metric.id = :metricId", "metricId", filter.metricId())
                .and("metric.plan.id = :planId", "planId", filter.planId())
                .and("unit.id = :unitId", "unitId", filter.unitId())
                .and("period = :period", "period", filter.period())
                .and("periodStart >= :yearStart", "yearStart", filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1))
                .and("periodStart < :yearEnd", "yearEnd", filter.year() == null ? null : LocalDate.of(filter.year() + 1, 1, 1));
        return find(where.jpql(), sort, where.parameters());
    }

    public Optional<MetricValue> findOne(long metricId, long unitId, String period) {
        return find("metric.id = ?1 and unit.id = ?2 and period = ?3", metricId, unitId, period).firstResultOptional();
    }

    /** All of a metric's values within a year, oldest period first. */
    public List<MetricValue> inYear(Metric metric, int year) {
        return list("metric = ?1 and periodStart >= ?2 and periodStart < ?3 order by periodStart", metric,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
}
