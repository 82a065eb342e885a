package org.duban.metric;

import jakarta.inject.Inject;
import org.duban.events.DomainEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import org.duban.account.CurrentActor;
import org.duban.account.Roles;
import org.duban.audit.AuditEvent;
import org.duban.audit.AuditLog;
import org.duban.audit.AuditRepository;
import org.duban.common.ETags;
import org.duban.common.FieldError;
import org.duban.common.Forbidden;
import org.duban.common.InvalidInput;
import org.duban.common.MissingIfMatch;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.metric.MetricDtos.BatchItem;
import org.duban.metric.MetricDtos.BatchResult;
import org.duban.metric.MetricDtos.MetricValueView;
import org.duban.metric.MetricDtos.ValueChange;
import org.duban.metric.MetricDtos.ValueInput;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;
import org.duban.unit.UnitType;

/** Units' figures: upsert one or a batch, list, and the corrections made to one. */
@ApplicationScoped
public class MetricValueService {
    private static final Map<String, String> SORTS = Map.of("period", "periodStart", "unitName", "unit.name",
            "metricCode", "metric.code", "updatedAt", "updatedAt");
    static final String ENTITY = "metric-value";

    private final MetricValueRepository values;
    private final MetricRepository metrics;
    private final ResponsibilityUnitRepository units;
    private final CurrentActor actor;
    private final AuditLog audit;
    @Inject
    DomainEvents events;
    private final AuditRepository auditEvents;
    private final ObjectMapper json;

    MetricValueService(MetricValueRepository values, MetricRepository metrics, ResponsibilityUnitRepository units,
            CurrentActor actor, AuditLog audit, AuditRepository auditEvents, ObjectMapper json) {
        this.values = values;
        this.metrics = metrics;
        this.units = units;
        this.actor = actor;
        this.audit = audit;
        this.auditEvents = auditEvents;
        this.json = json;
    }

    /** A confined actor reads only its own unit's figures; asking for another unit's is refused. */
    @Transactional
    public PageView<MetricValueView> list(MetricValueRepository.Filter filter, PageQuery page) {
        filter = new MetricValueRepository.Filter(filter.metricId(), filter.planId(), actor.unitFilter(filter.unitId()),
                filter.period(), filter.year());
        return PageView.of(values.search(filter, Sorts.parse(page.sort, SORTS, "metricCode,period,unitName")), page,
                MetricValueService::view);
    }

    @Transactional
    public MetricValueView get(long metricId, long unitId, String period) {
        actor.requireVisible(unitId, ENTITY, metricId + "/" + unitId + "/" + period);
        return values.findOne(metricId, unitId, period).map(MetricValueService::view)
                .orElseThrow(() -> new NotFound(ENTITY, metricId + "/" + unitId + "/" + period));
    }

    /** Written when absent; replacing an existing figure needs its ETag. */
    public record Upserted(MetricValueView view, boolean created) {
    }

    @Transactional
    public Upserted upsert(long metricId, long unitId, String period, String ifMatch, ValueInput input) {
        Metric metric = metrics.findByIdOptional(metricId).orElseThrow(() -> new NotFound("metric", metricId));
        ResponsibilityUnit unit = units.findByIdOptional(unitId).orElseThrow(() -> new NotFound("responsibility unit", unitId));
        requireWritable(unit.id, "unitId");
        List<FieldError> errors = new ArrayList<>();
        Period parsed = check(metric, unit, period, input, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        MetricValue existing = values.findOne(metricId, unitId, period).orElse(null);
        if (existing != null) {
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new MissingIfMatch();
            }
            ETags.requireMatch(ifMatch, existing.version);
        }
        boolean created = existing == null;
        MetricValue value = write(metric, unit, parsed, existing, input, sourceOf(false));
        values.flush();
        return new Upserted(view(value), created);
    }

    /** Up to 10,000 figures in one transaction: every item is checked first, and any error writes nothing. */
    @Transactional
    public BatchResult batch(List<BatchItem> items) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Metric> metricCache = new HashMap<>();
        Map<Long, ResponsibilityUnit> unitCache = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            String prefix = "items[" + i + "].";
            Metric metric = metricCache.computeIfAbsent(item.metricId(), id -> metrics.findByIdOptional(id).orElse(null));
            ResponsibilityUnit unit = unitCache.computeIfAbsent(item.unitId(), id -> units.findByIdOptional(id).orElse(null));
            periods.add(null);
            if (metric == null) {
                errors.add(new FieldError(prefix + "metricId", "metric " + item.metricId() + " does not exist"));
            }
            if (unit == null) {
                errors.add(new FieldError(prefix + "unitId", "responsibility unit " + item.unitId() + " does not exist"));
            } else if (!mayWrite(unit.id)) {
                throw new Forbidden("you may only write your own unit's figures",
                        List.of(new FieldError(prefix + "unitId", "must be your own unit")));
            }
            Integer previous = seen.putIfAbsent(item.metricId() + "/" + item.unitId() + "/" + item.period(), i);
            if (previous != null) {
                errors.add(new FieldError(prefix + "period", "repeats item " + previous));
            }
            if (metric != null && unit != null) {
                periods.set(i, check(metric, unit, item.period(), item.input(), prefix, errors));
            }
            if (errors.size() >= 100) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ValueSource source = sourceOf(true);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            MetricValue existing = values.findOne(item.metricId(), item.unitId(), item.period()).orElse(null);
            if (existing != null && sameFigure(existing, item.input())) {
                unchanged++;
                continue;
            }
            write(metricCache.get(item.metricId()), unitCache.get(item.unitId()), periods.get(i), existing, item.input(), source);
            if (existing == null) {
                created++;
            } else {
                updated++;
            }
            if (i % 500 == 499) {
                values.flush();
                values.getEntityManager().clear();
                metricCache.replaceAll((id, metric) -> metrics.findById(id));
                unitCache.replaceAll((id, unit) -> units.findById(id));
            }
        }
        values.flush();
        BatchResult result = new BatchResult(created, updated, unchanged);
        // the batch as a whole is on record beside its figures' rows, also when it changed nothing
        audit.record("BATCH", ENTITY, null, null, result);
        return result;
    }

    @Transactional
    public List<ValueChange> history(long metricId, long unitId, String period) {
        actor.requireVisible(unitId, ENTITY, metricId + "/" + unitId + "/" + period);
        MetricValue value = values.findOne(metricId, unitId, period)
                .orElseThrow(() -> new NotFound(ENTITY, metricId + "/" + unitId + "/" + period));
        List<AuditEvent> events = auditEvents.list("entityType = ?1 and entityId = ?2", Sort.by("occurredAt").and("id"),
                ENTITY, value.id);
        return events.stream().map(e -> new ValueChange(e.occurredAt, e.actorName, e.action, tree(e.before), tree(e.after)))
                .toList();
    }

    private MetricValue write(Metric metric, ResponsibilityUnit unit, Period period, MetricValue existing, ValueInput input,
            ValueSource source) {
        MetricValueView before = existing == null ? null : view(existing);
        MetricValue value = existing;
        if (value == null) {
            value = new MetricValue();
            value.metric = metric;
            value.unit = unit;
            value.period = period.text();
            value.periodStart = period.start();
        }
        value.value = input.value();
        value.numerator = input.numerator();
        value.denominator = input.denominator();
        value.done = input.done();
        value.doneDate = input.doneDate();
        value.note = input.note();
        value.source = source;
        value.enteredBy = actor.name();
        if (existing == null) {
            values.persist(value);
            values.flush();
            MetricValueView after = view(value);
            audit.created(ENTITY, value.id, after);
            events.publish(DomainEvents.METRIC_VALUE_UPSERTED, ENTITY, value.id, unit.id, metric.plan.id, after);
        } else {
            values.flush();
            MetricValueView after = view(value);
            audit.updated(ENTITY, value.id, before, after);
            events.publish(DomainEvents.METRIC_VALUE_UPSERTED, ENTITY, value.id, unit.id, metric.plan.id, after);
        }
        return value;
    }

    /**
     * Validates one figure against its metric; returns the parsed period (or null after an error on it).
     * Shared with bulk imports, so a figure is held to the same rules however it arrives.
     */
    public static Period check(Metric metric, ResponsibilityUnit unit, String period, ValueInput input, String prefix,
            List<FieldError> errors) {
        return check(metric, metric.appliesToTypes(), unit.type, period, input, prefix, errors);
    }

    /** The same, for callers that check many figures of one metric and keep its {@code appliesToTypes()}. */
    public static Period check(Metric metric, Set<UnitType> appliesTo, UnitType unitType, String period, ValueInput input,
            String prefix, List<FieldError> errors) {
        Period parsed = null;
        try {
            parsed = Period.parse(period, metric.granularity);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + "period", e.getMessage()));
        }
        if (!appliesTo.contains(unitType)) {
            errors.add(new FieldError(prefix + "unitId", "the metric does not apply to a " + unitType + " unit"));
        }
        switch (metric.kind) {
            case COUNT, PERCENT -> {
                if (input.value() == null) {
                    errors.add(new FieldError(prefix + "value", "is required for a " + metric.kind + " metric"));
                } else if (metric.kind == MetricKind.COUNT && input.value().stripTrailingZeros().scale() > 0) {
                    errors.add(new FieldError(prefix + "value", "must be a whole number"));
                } else if (metric.kind == MetricKind.PERCENT && input.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                    errors.add(new FieldError(prefix + "value", "must be 100 or less"));
                }
                unexpected(errors, prefix, "numerator", input.numerator(), metric.kind);
                unexpected(errors, prefix, "denominator", input.denominator(), metric.kind);
                unexpected(errors, prefix, "done", input.done(), metric.kind);
                unexpected(errors, prefix, "doneDate", input.doneDate(), metric.kind);
            }
            case RATIO, COMPARISON -> {
                if (input.numerator() == null) {
                    errors.add(new FieldError(prefix + "numerator", "is required for a ratio"));
                }
                if (input.denominator() == null) {
                    errors.add(new FieldError(prefix + "denominator", "is required for a ratio"));
                }
                if (input.numerator() != null && input.denominator() != null
                        && input.numerator().compareTo(input.denominator()) > 0) {
                    errors.add(new FieldError(prefix + "numerator", "must not exceed the denominator"));
                }
                unexpected(errors, prefix, "value", input.value(), metric.kind);
                unexpected(errors, prefix, "done", input.done(), metric.kind);
                unexpected(errors, prefix, "doneDate", input.doneDate(), metric.kind);
            }
            case DEADLINE -> {
                if (input.done() == null) {
                    errors.add(new FieldError(prefix + "done", "is required for a DEADLINE metric"));
                } else if (input.done() && input.doneDate() == null) {
                    errors.add(new FieldError(prefix + "doneDate", "is required when done"));
                } else if (!input.done() && input.doneDate() != null) {
                    errors.add(new FieldError(prefix + "doneDate", "must be empty while not done"));
                }
                if (input.doneDate() != null && input.doneDate().isAfter(LocalDate.now())) {
                    errors.add(new FieldError(prefix + "doneDate", "must not be in the future"));
                }
                unexpected(errors, prefix, "value", input.value(), metric.kind);
                unexpected(errors, prefix, "numerator", input.numerator(), metric.kind);
                unexpected(errors, prefix, "denominator", input.denominator(), metric.kind);
            }
        }
        return parsed;
    }

    private static void unexpected(List<FieldError> errors, String prefix, String field, Object value, MetricKind kind) {
        if (value != null) {
            errors.add(new FieldError(prefix + field, "does not apply to a " + kind + " metric"));
        }
    }

    private static boolean sameFigure(MetricValue stored, ValueInput input) {
        return sameNumber(stored.value, input.value()) && sameNumber(stored.numerator, input.numerator())
                && sameNumber(stored.denominator, input.denominator()) && Objects.equals(stored.done, input.done())
                && Objects.equals(stored.doneDate, input.doneDate()) && Objects.equals(stored.note, input.note());
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Supervisors and unbound tokens write any unit's figures; reporters and unit-bound tokens only their own. */
    private boolean mayWrite(long unitId) {
        Long own = actor.unitId();
        if (own == null || (actor.kind() == CurrentActor.Kind.USER && actor.hasRole(Roles.SUPERVISOR))) {
            return true;
        }
        return own == unitId;
    }

    private void requireWritable(long unitId, String field) {
        if (!mayWrite(unitId)) {
            throw new Forbidden("you may only write your own unit's figures",
                    List.of(new FieldError(field, "must be your own unit")));
        }
    }

    private ValueSource sourceOf(boolean batch) {
        if (actor.kind() == CurrentActor.Kind.TOKEN) {
            return ValueSource.API;
        }
        return batch ? ValueSource.IMPORT : ValueSource.FORM;
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MetricValueView view(MetricValue v) {
        return new MetricValueView(v.id, v.metric.id, v.metric.code, v.unit.id, v.unit.name, v.period,
                Decimals.out(v.value), Decimals.out(v.numerator), Decimals.out(v.denominator), v.done, v.doneDate, v.note,
                Decimals.out(v.figure().value()), v.source, v.enteredBy, v.version, v.updatedAt);
    }
}
