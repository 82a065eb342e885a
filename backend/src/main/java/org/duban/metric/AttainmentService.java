package org.duban.metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.account.CurrentActor;
import org.duban.common.Forbidden;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.metric.Attainment.Combined;
import org.duban.metric.Attainment.Figure;
import org.duban.metric.MetricDtos.AttainmentRow;
import org.duban.metric.MetricDtos.AttainmentSummary;
import org.duban.metric.MetricDtos.AttainmentView;
import org.duban.metric.MetricDtos.SeriesPoint;
import org.duban.metric.MetricDtos.SeriesView;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;
import org.duban.unit.UnitType;

/**
 * Attainment of metrics per unit and period, rolled up the unit hierarchy (county → prefecture →
 * province): a unit's row combines every unit of its subtree the metric applies to, by the metric's
 * aggregation rule — ratios as Σ numerators / Σ denominators, never as a mean of ratios.
 */
@ApplicationScoped
public class AttainmentService {
    private final MetricService metrics;
    private final MetricValueRepository values;
    private final ResponsibilityUnitRepository units;
    private final CurrentActor actor;

    AttainmentService(MetricService metrics, MetricValueRepository values, ResponsibilityUnitRepository units,
            CurrentActor actor) {
        this.metrics = metrics;
        this.values = values;
        this.units = units;
        this.actor = actor;
    }

    /** The unit hierarchy as needed for roll-ups. */
    private record Hierarchy(Map<Long, ResponsibilityUnit> byId, Map<Long, List<ResponsibilityUnit>> children,
            List<ResponsibilityUnit> roots) {

        static Hierarchy load(ResponsibilityUnitRepository units) {
            Map<Long, ResponsibilityUnit> byId = new LinkedHashMap<>();
            Map<Long, List<ResponsibilityUnit>> children = new HashMap<>();
            List<ResponsibilityUnit> roots = new ArrayList<>();
            for (ResponsibilityUnit unit : units.listForTree()) {
                byId.put(unit.id, unit);
                if (unit.parent == null) {
                    roots.add(unit);
                } else {
                    children.computeIfAbsent(unit.parent.id, id -> new ArrayList<>()).add(unit);
                }
            }
            return new Hierarchy(byId, children, roots);
        }

        List<ResponsibilityUnit> subtree(ResponsibilityUnit root) {
            List<ResponsibilityUnit> result = new ArrayList<>();
            List<ResponsibilityUnit> pending = new ArrayList<>(List.of(root));
            while (!pending.isEmpty()) {
                ResponsibilityUnit unit = pending.remove(pending.size() - 1);
                result.add(unit);
                pending.addAll(children.getOrDefault(unit.id, List.of()));
            }
            return result;
        }
    }

    /** Each unit's own figure for the span, and the compared metric's, ready to combine. */
    private static final class Figures {
        final Metric metric;
        final Set<UnitType> applies;
        final Map<Long, Figure> own = new HashMap<>();
        final Map<Long, Figure> compared = new HashMap<>();

        Figures(Metric metric, Map<Long, List<Figure>> periods, Map<Long, List<Figure>> comparedPeriods) {
            this.metric = metric;
            this.applies = metric.appliesToTypes();
            periods.forEach((unit, list) -> own.put(unit, Attainment.acrossPeriods(metric.kind, list)));
            comparedPeriods.forEach((unit, list) -> compared.put(unit, Attainment.acrossPeriods(MetricKind.RATIO, list)));
        }

        Combined combine(List<ResponsibilityUnit> scope) {
            List<Figure> figures = new ArrayList<>();
            List<AttainmentStatus> statuses = new ArrayList<>();
            List<Figure> comparedFigures = new ArrayList<>();
            for (ResponsibilityUnit unit : scope) {
                if (!applies.contains(unit.type)) {
                    continue;
                }
                Figure figure = own.getOrDefault(unit.id, Figure.NONE);
                Figure other = compared.getOrDefault(unit.id, Figure.NONE);
                figures.add(figure);
                comparedFigures.add(other);
                statuses.add(Attainment.judge(metric.rule(), figure, other));
            }
            // the compared metric over the same units, combined the same way
            Figure other = metric.kind == MetricKind.COMPARISON ? Attainment.ratioOfSums(comparedFigures) : null;
            return Attainment.acrossUnits(metric.rule(), figures, statuses, other);
        }
    }

    /** A metric's values of a year, and its compared metric's, loaded once and filtered as needed. */
    private record YearValues(Metric metric, List<MetricValue> own, List<MetricValue> compared) {
        Figures figures(Function<MetricValue, Boolean> include) {
            return new Figures(metric, group(own, include), group(compared, include));
        }
    }

    private YearValues yearValues(Metric metric, int year) {
        return new YearValues(metric, values.inYear(metric, year),
                metric.compareMetric == null ? List.of() : values.inYear(metric.compareMetric, year));
    }

    private Figures figures(Metric metric, int year, Function<MetricValue, Boolean> include) {
        return yearValues(metric, year).figures(include);
    }

    private static Map<Long, List<Figure>> group(List<MetricValue> list, Function<MetricValue, Boolean> include) {
        Map<Long, List<Figure>> byUnit = new HashMap<>();
        for (MetricValue value : list) {
            if (include.apply(value)) {
                byUnit.computeIfAbsent(value.unit.id, id -> new ArrayList<>()).add(value.figure());
            }
        }
        return byUnit;
    }

    /** {@code period} is a year (the whole year) or one period of the metric's granularity. */
    private Function<MetricValue, Boolean> periodFilter(Metric metric, String period) {
        if (period.matches("^\\d{4}$")) {
            return value -> true;
        }
        try {
            Period.parse(period, metric.granularity);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("period", "must be a year such as 2024, or " + e.getMessage().replace("must be ", ""));
        }
        return value -> value.period.equals(period);
    }

    @Transactional
    public AttainmentView attainment(long metricId, String period, Long parentId) {
        Metric metric = metrics.find(metricId);
        int year = Integer.parseInt(period.substring(0, 4));
        Figures figures = figures(metric, year, periodFilter(metric, period));
        Hierarchy hierarchy = Hierarchy.load(units);
        Long confined = actor.confinedToUnit();
        ResponsibilityUnit scopeUnit;
        List<ResponsibilityUnit> rowsOf;
        if (confined != null) {
            if (parentId != null && !parentId.equals(confined)) {
                throw new Forbidden("you may only read your own unit's attainment");
            }
            scopeUnit = hierarchy.byId().get(confined);
            rowsOf = List.of();
        } else if (parentId != null) {
            scopeUnit = hierarchy.byId().get(parentId);
            if (scopeUnit == null) {
                throw new InvalidInput("parentId", "responsibility unit " + parentId + " does not exist");
            }
            rowsOf = hierarchy.children().getOrDefault(parentId, List.of());
        } else {
            scopeUnit = hierarchy.roots().size() == 1 ? hierarchy.roots().get(0) : null;
            rowsOf = scopeUnit == null ? hierarchy.roots() : hierarchy.children().getOrDefault(scopeUnit.id, List.of());
        }
        AttainmentRow scope = scopeUnit == null
                ? row(null, figures.combine(new ArrayList<>(hierarchy.byId().values())), false)
                : row(scopeUnit, figures.combine(hierarchy.subtree(scopeUnit)), !rowsOf.isEmpty());
        List<AttainmentRow> rows = new ArrayList<>();
        for (ResponsibilityUnit unit : rowsOf) {
            List<ResponsibilityUnit> subtree = hierarchy.subtree(unit);
            if (subtree.stream().anyMatch(u -> figures.applies.contains(u.type))) {
                rows.add(row(unit, figures.combine(subtree), subtree.size() > 1));
            }
        }
        return new AttainmentView(metric.id, period, metric.comparator, Decimals.out(metric.targetValue), metric.targetDate,
                scope, rows);
    }

    /** Every metric of a plan at the top of the hierarchy, for lists and dashboards. */
    @Transactional
    public List<AttainmentSummary> summary(long planId, int year) {
        Hierarchy hierarchy = Hierarchy.load(units);
        List<ResponsibilityUnit> everyone = new ArrayList<>(hierarchy.byId().values());
        Long confined = actor.confinedToUnit();
        List<ResponsibilityUnit> scope = confined == null ? everyone : List.of(hierarchy.byId().get(confined));
        List<AttainmentSummary> result = new ArrayList<>();
        for (Metric metric : metrics.listOfPlan(planId)) {
            Combined combined = figures(metric, year, value -> true).combine(scope);
            result.add(new AttainmentSummary(metric.id, metric.code, Decimals.out(combined.figure().value()),
                    combined.status(), combined.reporting(), combined.expected()));
        }
        return result;
    }

    /** The metric over the periods of a year for a unit's subtree: each period alone and the year so far. */
    @Transactional
    public SeriesView series(long metricId, int year, Long unitId) {
        Metric metric = metrics.find(metricId);
        Hierarchy hierarchy = Hierarchy.load(units);
        Long confined = actor.confinedToUnit();
        if (confined != null && unitId != null && !unitId.equals(confined)) {
            throw new Forbidden("you may only read your own unit's figures");
        }
        Long target = confined != null ? confined : unitId;
        ResponsibilityUnit unit = target != null ? hierarchy.byId().get(target)
                : hierarchy.roots().isEmpty() ? null : hierarchy.roots().get(0);
        if (unit == null) {
            throw target == null ? new NotFound("responsibility unit", "root") : new InvalidInput("unitId",
                    "responsibility unit " + target + " does not exist");
        }
        List<ResponsibilityUnit> subtree = hierarchy.subtree(unit);
        List<SeriesPoint> points = new ArrayList<>();
        List<String> soFar = new ArrayList<>();
        YearValues loaded = yearValues(metric, year);
        for (Period period : Period.ofYear(year, metric.granularity)) {
            soFar.add(period.text());
            Combined alone = loaded.figures(value -> value.period.equals(period.text())).combine(subtree);
            Combined cumulative = loaded.figures(value -> soFar.contains(value.period)).combine(subtree);
            points.add(new SeriesPoint(period.text(), Decimals.out(alone.figure().value()),
                    Decimals.out(cumulative.figure().value()), cumulative.status(), alone.reporting()));
        }
        return new SeriesView(metric.id, unit.id, unit.name, year, Decimals.out(metric.targetValue), points);
    }

    private static AttainmentRow row(ResponsibilityUnit unit, Combined combined, boolean hasChildren) {
        Figure figure = combined.figure();
        return new AttainmentRow(unit == null ? null : unit.id, unit == null ? null : unit.code,
                unit == null ? "全部" : unit.name, unit == null ? null : unit.type, Decimals.out(figure.value()),
                Decimals.out(figure.numerator()), Decimals.out(figure.denominator()), combined.status(),
                combined.reporting(), combined.expected(), hasChildren);
    }
}
