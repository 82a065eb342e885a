package org.duban.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.account.CurrentActor;
import org.duban.assignment.AssignmentRole;
import org.duban.assignment.AssignmentStatus;
import org.duban.common.InvalidInput;
import org.duban.common.Sql;
import org.duban.common.Sql.Row;
import org.duban.metric.AttainmentStatus;
import org.duban.metric.Comparator;
import org.duban.metric.Granularity;
import org.duban.metric.MetricKind;
import org.duban.metric.Period;
import org.duban.plan.Plan;
import org.duban.plan.PlanService;
import org.duban.plan.Section;
import org.duban.stats.StatsDtos.AssignmentCounts;
import org.duban.stats.StatsDtos.AttainmentMatrixView;
import org.duban.stats.StatsDtos.ChecklistRow;
import org.duban.stats.StatsDtos.ChecklistView;
import org.duban.stats.StatsDtos.ColourCounts;
import org.duban.stats.StatsDtos.DashboardView;
import org.duban.stats.StatsDtos.MatrixCell;
import org.duban.stats.StatsDtos.MatrixRow;
import org.duban.stats.StatsDtos.MatrixUnit;
import org.duban.stats.StatsDtos.MetricCounts;
import org.duban.stats.StatsDtos.MetricFigure;
import org.duban.stats.StatsDtos.PeriodReports;
import org.duban.stats.StatsDtos.ScorecardRow;
import org.duban.stats.StatsDtos.ScorecardView;
import org.duban.stats.StatsDtos.SectionCounts;
import org.duban.stats.StatsDtos.UnitCounts;
import org.duban.stats.StatsDtos.Weights;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;
import org.duban.unit.UnitType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read side for supervisors and leaders. Every figure comes from one SQL aggregation in
 * {@link StatsSql}; this class resolves the scope (and confines reporters to their own unit) and
 * shapes the rows into views.
 */
@ApplicationScoped
public class StatsService {
    private final Sql sql;
    private final PlanService plans;
    private final ResponsibilityUnitRepository units;
    private final CurrentActor actor;
    private final ScorecardConfig scorecard;
    private final StatsRollups rollups;
    private final ZoneId zone;

    StatsService(Sql sql, PlanService plans, ResponsibilityUnitRepository units, CurrentActor actor, ScorecardConfig scorecard,
            StatsRollups rollups, @ConfigProperty(name = "duban.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.rollups = rollups;
        this.sql = sql;
        this.plans = plans;
        this.units = units;
        this.actor = actor;
        this.scorecard = scorecard;
        this.zone = ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The parameters every statistic binds; see StatsSql. */
    final class Scope {
        final Plan plan;
        final Map<String, Object> parameters = new HashMap<>();

        Scope(Plan plan, Long unitId, Long sectionId, LocalDate from, LocalDate to, Granularity finest) {
            this.plan = plan;
            parameters.put("planId", plan.id);
            parameters.put("unitId", unitId);
            parameters.put("sectionId", sectionId);
            parameters.put("tz", zone.getId());
            parameters.put("today", today());
            parameters.put("from", from);
            parameters.put("to", to);
            parameters.put("onlyUnitId", null);
            // a confined caller (a reporter) sees their own unit's data, not the units under it
            parameters.put("exactUnit", unitId != null && unitId.equals(actor.confinedToUnit()));
            parameters.put("granularities", switch (finest) {
                case YEAR -> "YEAR QUARTER MONTH";
                case QUARTER -> "QUARTER MONTH";
                case MONTH -> "MONTH";
            });
        }

        Scope with(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        List<Row> list(String query) {
            return sql.list(query, parameters);
        }

        Row one(String query) {
            return list(query).get(0);
        }
    }

    private Plan plan(long planId) {
        return plans.findOptional(planId)
                .orElseThrow(() -> new InvalidInput("planId", "plan " + planId + " does not exist"));
    }

    private ResponsibilityUnit unit(String field, Long unitId) {
        return units.findByIdOptional(unitId)
                .orElseThrow(() -> new InvalidInput(field, "responsibility unit " + unitId + " does not exist"));
    }

    /** The whole year of a plan over a unit's subtree, for documents built from several statistics. */
    Scope yearScopeFor(Plan plan, long unitId) {
        return yearScope(plan, unitId, null);
    }

    private Scope yearScope(Plan plan, Long unitId, Long sectionId) {
        return new Scope(plan, unitId, sectionId, LocalDate.of(plan.year, 1, 1), LocalDate.of(plan.year, 12, 31), Granularity.YEAR);
    }

    /** The reporting period a dashboard shows by default: today's, kept within the plan's year. */
    Period defaultPeriod(Plan plan) {
        LocalDate today = today();
        LocalDate day = today.getYear() < plan.year ? LocalDate.of(plan.year, 1, 1)
                : today.getYear() > plan.year ? LocalDate.of(plan.year, 12, 31) : today;
        return Period.containing(day, plan.reportCadence);
    }

    @Transactional
    public DashboardView dashboard(long planId, Long sectionId, Long unitId, String period) {
        Plan plan = plan(planId);
        Long scopeUnit = actor.unitFilter(unitId);
        ResponsibilityUnit unit = scopeUnit == null ? null : unit("unitId", scopeUnit);
        if (sectionId != null && Section.<Section>find("id = ?1 and plan.id = ?2", sectionId, planId).firstResultOptional().isEmpty()) {
            throw new InvalidInput("sectionId", "section " + sectionId + " is not part of plan " + planId);
        }
        String shownPeriod = period == null ? defaultPeriod(plan).text() : reportingPeriod(plan, period).text();
        Scope scope = yearScope(plan, scopeUnit, sectionId);
        scope.with("rootId", scopeUnit != null ? scopeUnit : singleRoot());
        rollups.refresh(plan.id, plan.year);

        Row a = scope.one(StatsSql.DASHBOARD_ASSIGNMENTS);
        AssignmentCounts assignments = new AssignmentCounts(a.count("total"), a.count("red"), a.count("yellow"),
                a.count("green"), a.count("completed"), a.count("overdue"), percent(a.count("completed"), a.count("total")),
                a.dec("average_progress").doubleValue());
        ColourCounts tasks = colours(scope.one(StatsSql.DASHBOARD_TASKS));
        List<SectionCounts> sections = scope.list(StatsSql.DASHBOARD_SECTIONS).stream()
                .map(r -> new SectionCounts(r.lng("id"), r.integer("number"), r.str("title"), r.count("total"), r.count("red"),
                        r.count("yellow"), r.count("green"), r.count("completed")))
                .toList();
        List<UnitCounts> unitCounts = scope.list(StatsSql.DASHBOARD_UNITS).stream()
                .map(r -> new UnitCounts(r.lng("id"), r.str("code"), r.str("name"), UnitType.valueOf(r.str("type")),
                        r.count("total"), r.count("red"), r.count("yellow"), r.count("green"), r.count("completed"),
                        percent(r.count("completed"), r.count("total"))))
                .toList();
        List<PeriodReports> trend = scope.list(StatsSql.DASHBOARD_TREND).stream().map(StatsService::periodReports).toList();
        PeriodReports current = trend.stream().filter(p -> p.period().equals(shownPeriod)).findFirst().orElseThrow();
        Row m = scope.one(StatsSql.METRIC_COUNTS);
        return new DashboardView(plan.id, plan.title, plan.year, today(), shownPeriod, sectionId, scopeUnit,
                unit == null ? null : unit.name, tasks, assignments, current,
                new MetricCounts(m.count("met"), m.count("not_met"), m.count("no_data")), sections, unitCounts, trend);
    }

    private Long singleRoot() {
        List<ResponsibilityUnit> roots = units.list("parent is null");
        return roots.size() == 1 ? roots.get(0).id : null;
    }

    private Period reportingPeriod(Plan plan, String text) {
        try {
            Period period = Period.parse(text, plan.reportCadence);
            if (period.year() != plan.year) {
                throw new InvalidInput("period", "must lie in the plan's year " + plan.year);
            }
            return period;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("period", e.getMessage() + " (the plan reports by " + plan.reportCadence.name().toLowerCase() + ")");
        }
    }

    private static PeriodReports periodReports(Row r) {
        return new PeriodReports(r.str("period"), r.date("period_start"), r.date("period_end"), r.date("deadline"),
                r.count("due"), r.count("filed"), r.count("submitted"), r.count("approved"), r.count("returned"),
                r.count("draft"), r.count("missing"), r.count("overdue"), r.count("on_time"), r.count("completed"));
    }

    private static ColourCounts colours(Row r) {
        return new ColourCounts(r.count("total"), r.count("red"), r.count("yellow"), r.count("green"), r.count("completed"));
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double rate(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public Weights weights() {
        return new Weights(scorecard.weight().completion(), scorecard.weight().reporting(), scorecard.weight().attainment(),
                scorecard.penalty().returned(), scorecard.penalty().urge());
    }

    @Transactional
    public ScorecardView scorecard(long planId, UnitType type) {
        Plan plan = plan(planId);
        Weights weights = weights();
        Scope scope = yearScope(plan, null, null).with("type", type.name()).with("wc", weights.completion())
                .with("wr", weights.reporting()).with("wa", weights.attainment()).with("pr", weights.returnedPenalty())
                .with("pu", weights.urgePenalty());
        rollups.refresh(plan.id, plan.year);
        Long confined = actor.confinedToUnit();
        List<ScorecardRow> rows = scope.list(StatsSql.SCORECARD).stream()
                .filter(r -> confined == null || confined.equals(r.lng("id")))
                .map(r -> new ScorecardRow(r.integer("rank"), r.lng("id"), r.str("code"), r.str("name"),
                        UnitType.valueOf(r.str("type")), r.count("assignments"), r.count("completed"),
                        r.count("completed_on_time"), r.count("overdue"), r.count("reports_owed"), r.count("reports_on_time"),
                        r.count("returned"), r.count("urges"), r.count("metrics_applicable"), r.count("metrics_met"),
                        r.count("metrics_no_data"), rate(r.dec("completion_rate")), rate(r.dec("reporting_rate")),
                        rate(r.dec("attainment_rate")), r.dec("score").doubleValue()))
                .toList();
        return new ScorecardView(plan.id, plan.year, type, today(), weights, rows);
    }

    @Transactional
    public ChecklistView checklist(long planId, Long unitId) {
        Plan plan = plan(planId);
        Long target = actor.unitFilter(unitId);
        if (target == null) {
            throw new InvalidInput("unitId", "is required");
        }
        ResponsibilityUnit unit = unit("unitId", target);
        Scope scope = yearScope(plan, target, null).with("onlyUnitId", target);
        Map<Long, List<MetricFigure>> metricsByTask = new HashMap<>();
        for (Row r : scope.list(StatsSql.METRIC_VERDICTS)) {
            if (r.lng("task_id") != null) {
                metricsByTask.computeIfAbsent(r.lng("task_id"), id -> new ArrayList<>()).add(figure(r));
            }
        }
        List<ChecklistRow> rows = scope.list(StatsSql.CHECKLIST).stream()
                .map(r -> new ChecklistRow(r.lng("assignment_id"), r.lng("task_id"), r.str("task_number"), r.str("task_title"),
                        r.integer("section_number"), r.str("section_title"), AssignmentRole.valueOf(r.str("role")),
                        r.date("due_date"), AssignmentStatus.valueOf(r.str("status")), r.str("colour"), r.str("colour_reason"),
                        r.integer("progress"), r.date("completed_on"), r.str("latest_period"), r.str("latest_summary"),
                        r.count("evidence_count"), r.count("urges"), metricsByTask.getOrDefault(r.lng("task_id"), List.of())))
                .toList();
        return new ChecklistView(plan.id, plan.title, plan.year, unit.id, unit.code, unit.name, unit.type, today(), rows);
    }

    static MetricFigure figure(Row r) {
        return new MetricFigure(r.lng("metric_id"), r.str("code"), r.str("name_zh"), r.str("name_en"),
                MetricKind.valueOf(r.str("kind")), r.str("comparator") == null ? null : Comparator.valueOf(r.str("comparator")),
                strip(r.dec("target_value")), r.date("target_date"), r.str("display_unit"),
                Granularity.valueOf(r.str("granularity")), strip(r.dec("value")), strip(r.dec("num")), strip(r.dec("den")),
                AttainmentStatus.valueOf(r.str("status")));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** Parses a year, a quarter or a month; the span and the finest granularity of metrics that fit in it. */
    record Span(String text, LocalDate from, LocalDate to, Granularity granularity) {
        static Span of(String text) {
            for (Granularity granularity : Granularity.values()) {
                try {
                    Period period = Period.parse(text, granularity);
                    return new Span(text, period.start(), period.end(), granularity);
                } catch (IllegalArgumentException e) {
                    // try the next granularity
                }
            }
            throw new InvalidInput("period", "must be a year (2024), a quarter (2024-Q2) or a month (2024-05)");
        }
    }

    @Transactional
    public AttainmentMatrixView attainmentMatrix(long planId, String period, UnitType type, Long parentId) {
        Plan plan = plan(planId);
        Span span = Span.of(period == null ? String.valueOf(plan.year) : period);
        if (parentId != null) {
            unit("parentId", parentId);
        }
        UnitType columns = parentId == null && type == null ? UnitType.PREFECTURE : type;
        Long confined = actor.confinedToUnit();
        List<ResponsibilityUnit> candidates = parentId == null
                ? units.list("type = ?1 order by code nulls last, name", columns)
                : columns == null ? units.list("parent.id = ?1 order by code nulls last, name", parentId)
                : units.list("parent.id = ?1 and type = ?2 order by code nulls last, name", parentId, columns);
        List<ResponsibilityUnit> shown = candidates.stream().filter(u -> confined == null || confined.equals(u.id)).toList();
        Map<Long, Boolean> shownIds = shown.stream().collect(Collectors.toMap(u -> u.id, u -> true));
        Scope scope = new Scope(plan, null, null, span.from(), span.to(), span.granularity());
        Map<Long, List<Row>> byMetric = new LinkedHashMap<>();
        for (Row r : scope.list(StatsSql.METRIC_VERDICTS)) {
            byMetric.computeIfAbsent(r.lng("metric_id"), id -> new ArrayList<>()).add(r);
        }
        List<MatrixRow> rows = new ArrayList<>();
        byMetric.forEach((metricId, list) -> {
            MetricFigure head = figure(list.get(0));
            List<MatrixCell> cells = list.stream().filter(r -> shownIds.containsKey(r.lng("unit_id")))
                    .map(r -> new MatrixCell(r.lng("unit_id"), strip(r.dec("value")), strip(r.dec("num")), strip(r.dec("den")),
                            AttainmentStatus.valueOf(r.str("status"))))
                    .toList();
            if (!cells.isEmpty()) {
                long met = cells.stream().filter(c -> c.status() == AttainmentStatus.MET).count();
                long notMet = cells.stream().filter(c -> c.status() == AttainmentStatus.NOT_MET).count();
                rows.add(new MatrixRow(metricId, head.code(), head.name(), head.nameEn(), head.kind(), head.comparator(),
                        head.target(), head.targetDate(), head.displayUnit(), head.granularity(), met, notMet,
                        cells.size() - met - notMet, cells));
            }
        });
        return new AttainmentMatrixView(plan.id, span.text(), columns, parentId,
                shown.stream().map(u -> new MatrixUnit(u.id, u.code, u.name, u.type)).toList(), rows);
    }

    /** A task-list export's scope, checked before the answer starts. */
    public record TaskListQuery(Map<String, Object> parameters) {
    }

    @Transactional
    public TaskListQuery taskListQuery(long planId, Long sectionId, Long unitId, String colour, AssignmentStatus status,
            AssignmentRole role) {
        Plan plan = plan(planId);
        Long scopeUnit = actor.unitFilter(unitId);
        if (scopeUnit != null) {
            unit("unitId", scopeUnit);
        }
        Scope scope = yearScope(plan, scopeUnit, sectionId).with("colour", colour).with("status", status).with("role", role);
        return new TaskListQuery(java.util.Collections.unmodifiableMap(new HashMap<>(scope.parameters)));
    }

    /** The assignment rows behind a filtered task list, read through a cursor and handed to {@code sink} in task order. */
    @Transactional
    public void streamTaskList(TaskListQuery query, Consumer<Row> sink) {
        sql.stream(StatsSql.TASK_LIST, query.parameters(), 500, sink);
    }

    public Plan planForExport(long planId) {
        return plan(planId);
    }
}
