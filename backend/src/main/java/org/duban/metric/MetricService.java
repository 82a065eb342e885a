package org.duban.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.ETags;
import org.duban.common.FieldError;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.metric.MetricDtos.MetricInput;
import org.duban.metric.MetricDtos.MetricView;
import org.duban.plan.Plan;
import org.duban.plan.PlanService;
import org.duban.plan.Task;
import org.duban.plan.TaskService;

@ApplicationScoped
public class MetricService {
    // codes follow the document's numbering (Q03-…, Q21-…); no sort by task, which may be absent
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "nameZh", "kind", "kind");
    static final String ENTITY = "metric";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MetricRepository metrics;
    private final MetricValueRepository values;
    private final PlanService plans;
    private final TaskService tasks;
    private final AuditLog audit;

    MetricService(MetricRepository metrics, MetricValueRepository values, PlanService plans, TaskService tasks,
            AuditLog audit) {
        this.metrics = metrics;
        this.values = values;
        this.plans = plans;
        this.tasks = tasks;
        this.audit = audit;
    }

    @Transactional
    public PageView<MetricView> list(Long planId, Long taskId, MetricKind kind, String text, PageQuery page) {
        return PageView.of(metrics.search(planId, taskId, kind, text, Sorts.parse(page.sort, SORTS, "code")),
                page, MetricService::view);
    }

    public List<Metric> listOfPlan(long planId) {
        return metrics.list("plan.id = ?1 order by code", planId);
    }

    public Metric find(long id) {
        return metrics.findByIdOptional(id).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    @Transactional
    public MetricView get(long id) {
        return view(find(id));
    }

    @Transactional
    public MetricView create(MetricInput input) {
        if (input.planId() == null) {
            throw new InvalidInput("planId", "must not be null");
        }
        Plan plan = plans.findOptional(input.planId())
                .orElseThrow(() -> new InvalidInput("planId", "plan " + input.planId() + " does not exist"));
        if (metrics.findByCode(plan.id, input.code()).isPresent()) {
            throw new Conflict("plan " + plan.id + " already has a metric " + input.code());
        }
        Metric metric = new Metric();
        metric.plan = plan;
        apply(metric, input);
        metrics.persistAndFlush(metric);
        MetricView view = view(metric);
        audit.created(ENTITY, metric.id, view);
        return view;
    }

    @Transactional
    public MetricView update(long id, String ifMatch, MetricInput input) {
        Metric metric = find(id);
        ETags.requireMatch(ifMatch, metric.version);
        if (input.planId() != null && !input.planId().equals(metric.plan.id)) {
            throw new InvalidInput("planId", "a metric cannot move to another plan");
        }
        boolean hasValues = values.count("metric", metric) > 0;
        if (hasValues && (input.kind() != metric.kind || input.granularity() != metric.granularity)) {
            throw new Conflict("the metric has figures; its kind and granularity can no longer change");
        }
        metrics.findByCode(metric.plan.id, input.code()).filter(other -> other != metric).ifPresent(other -> {
            throw new Conflict("plan " + metric.plan.id + " already has a metric " + input.code());
        });
        MetricView before = view(metric);
        apply(metric, input);
        metrics.flush();
        MetricView after = view(metric);
        audit.updated(ENTITY, metric.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Metric metric = find(id);
        ETags.requireMatch(ifMatch, metric.version);
        if (metrics.countComparingTo(metric) > 0) {
            throw new Conflict("other metrics compare against this one; change them first");
        }
        long figures = values.count("metric", metric);
        if (figures > 0) {
            throw new Conflict("the metric has " + figures + " figures; it cannot be deleted");
        }
        audit.deleted(ENTITY, metric.id, view(metric));
        metrics.delete(metric);
        metrics.flush();
    }

    /** Checks that the definition is coherent for its kind before taking it over. */
    private void apply(Metric metric, MetricInput input) {
        List<FieldError> errors = new ArrayList<>();
        MetricKind kind = input.kind();
        boolean ratioLike = kind == MetricKind.RATIO || kind == MetricKind.PERCENT;
        switch (kind) {
            case COUNT, RATIO, PERCENT -> {
                if ((input.comparator() == null) != (input.targetValue() == null)) {
                    errors.add(new FieldError("targetValue", "comparator and targetValue go together (both, or neither for a reference metric)"));
                }
                if (ratioLike && input.targetValue() != null && input.targetValue().compareTo(HUNDRED) > 0) {
                    errors.add(new FieldError("targetValue", "a percentage target must be 100 or less"));
                }
                forbid(errors, "targetDate", input.targetDate(), kind);
                forbid(errors, "compareMetricId", input.compareMetricId(), kind);
            }
            case DEADLINE -> {
                if (input.targetDate() == null) {
                    errors.add(new FieldError("targetDate", "is required for a DEADLINE metric"));
                }
                forbid(errors, "comparator", input.comparator(), kind);
                forbid(errors, "targetValue", input.targetValue(), kind);
                forbid(errors, "compareMetricId", input.compareMetricId(), kind);
                if (!Set.of(UnitAggregation.ALL_DONE, UnitAggregation.SHARE_MEETING_TARGET).contains(input.unitAggregation())) {
                    errors.add(new FieldError("unitAggregation", "a DEADLINE metric aggregates as ALL_DONE or SHARE_MEETING_TARGET"));
                }
            }
            case COMPARISON -> {
                if (input.comparator() == null) {
                    errors.add(new FieldError("comparator", "is required for a COMPARISON metric"));
                }
                if (input.compareMetricId() == null) {
                    errors.add(new FieldError("compareMetricId", "is required for a COMPARISON metric"));
                }
                forbid(errors, "targetValue", input.targetValue(), kind);
                forbid(errors, "targetDate", input.targetDate(), kind);
                if (input.unitAggregation() != UnitAggregation.RATIO_OF_SUMS) {
                    errors.add(new FieldError("unitAggregation", "a COMPARISON metric aggregates as RATIO_OF_SUMS"));
                }
            }
        }
        if (input.unitAggregation() == UnitAggregation.RATIO_OF_SUMS && kind != MetricKind.RATIO && kind != MetricKind.COMPARISON) {
            errors.add(new FieldError("unitAggregation", "RATIO_OF_SUMS needs numerators and denominators (RATIO or COMPARISON)"));
        }
        if (input.unitAggregation() == UnitAggregation.SUM && kind != MetricKind.COUNT) {
            errors.add(new FieldError("unitAggregation", "only counts can be summed across units"));
        }
        Metric compared = null;
        if (input.compareMetricId() != null && kind == MetricKind.COMPARISON) {
            compared = metrics.findByIdOptional(input.compareMetricId()).orElse(null);
            if (compared == null || !compared.plan.id.equals(metric.plan.id)) {
                errors.add(new FieldError("compareMetricId", "must be a metric of the same plan"));
            } else if (compared == metric || compared.kind != MetricKind.RATIO || compared.granularity != input.granularity()) {
                errors.add(new FieldError("compareMetricId", "must be another RATIO metric of the same granularity"));
            }
        }
        Task task = null;
        if (input.taskId() != null) {
            task = tasks.findOptional(input.taskId()).filter(t -> t.plan.id.equals(metric.plan.id)).orElse(null);
            if (task == null) {
                errors.add(new FieldError("taskId", "must be a task of the metric's plan"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        metric.task = task;
        metric.code = input.code().trim();
        metric.nameZh = input.name().trim();
        metric.nameEn = input.nameEn().trim();
        metric.description = input.description();
        metric.kind = kind;
        metric.comparator = input.comparator();
        metric.targetValue = input.targetValue();
        metric.targetDate = input.targetDate();
        metric.displayUnit = input.unit().trim();
        metric.granularity = input.granularity();
        metric.appliesTo(input.appliesTo());
        metric.unitAggregation = input.unitAggregation();
        metric.compareMetric = compared;
    }

    private static void forbid(List<FieldError> errors, String field, Object value, MetricKind kind) {
        if (value != null) {
            errors.add(new FieldError(field, "does not apply to a " + kind + " metric"));
        }
    }

    static MetricView view(Metric m) {
        return new MetricView(m.id, m.plan.id, m.task == null ? null : m.task.id, m.code, m.nameZh, m.nameEn,
                m.description, m.kind, m.comparator, Decimals.out(m.targetValue),
                m.targetDate, m.displayUnit, m.granularity, m.appliesToTypes(), m.unitAggregation,
                m.compareMetric == null ? null : m.compareMetric.id, m.version);
    }
}
