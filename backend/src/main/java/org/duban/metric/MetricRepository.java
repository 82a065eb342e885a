package org.duban.metric;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Where;

@ApplicationScoped
public class MetricRepository implements PanacheRepository<Metric> {

    public PanacheQuery<Metric> search(Long planId, Long taskId, MetricKind kind, String text, Sort sort) {
        Where where = new Where()
                .and("plan.id = :planId", "planId", planId)
                .and("task.id = :taskId", "taskId", taskId)
                .and("kind = :kind", "kind", kind)
                .contains("(lower(code) like :q escape '\\' or lower(nameZh) like :q escape '\\' or lower(nameEn) like :q escape '\\')",
                        "q", text);
        return find(where.jpql(), sort, where.parameters());
    }

    public Optional<Metric> findByCode(long planId, String code) {
        return find("plan.id = ?1 and code = ?2", planId, code).firstResultOptional();
    }

    public long countComparingTo(Metric metric) {
        return count("compareMetric", metric);
    }
}
