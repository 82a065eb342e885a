package org.duban.stats;

import static org.duban.support.ApiSpec.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.duban.metric.Attainment;
import org.duban.metric.Attainment.Figure;
import org.duban.metric.AttainmentStatus;
import org.duban.metric.Comparator;
import org.duban.metric.Granularity;
import org.duban.metric.MetricKind;
import org.duban.metric.Period;
import org.duban.metric.UnitAggregation;
import org.duban.reporting.ReportingCalendar;
import org.duban.reporting.ReportingCalendar.ReportPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every statistic against an independent recomputation: raw rows read back, then the Java rules
 * (ReportingCalendar for owed reports, Attainment for metrics) applied to them in plain loops — so
 * the SQL aggregation and the domain rules cannot drift apart.
 */
@QuarkusTest
class StatsRecomputationTest {
    @Inject
    EntityManager em;

    private StatsDataset data;
    private Raw raw;

    @BeforeEach
    void craft() {
        long seed = Long.getLong("duban.stats.seed", System.nanoTime());
        System.out.println("StatsRecomputationTest seed " + seed + " (rerun with -Dduban.stats.seed=" + seed + ")");
        data = new StatsDataset(em, seed);
        raw = QuarkusTransaction.requiringNew().call(() -> new Raw(em, data.planId));
    }

    private record AssignmentRow(long id, long unit, long task, long section, String status, String colour, LocalDate start,
            LocalDate due, LocalDate completed, int progress) {
    }

    private record ReportRow(long assignment, String period, String state, LocalDate firstSubmitted, int timesReturned) {
    }

    private record MetricRow(long id, long taskId, long sectionId, MetricKind kind, Comparator comparator, BigDecimal target,
            LocalDate targetDate, Granularity granularity, Long compareTo, Set<String> appliesTo) {
    }

    private record ValueRow(long metric, long unit, LocalDate periodStart, Figure figure) {
    }

    /** The plan's raw rows, read without any aggregation. */
    private static final class Raw {
        final List<AssignmentRow> assignments = new ArrayList<>();
        final List<ReportRow> reports = new ArrayList<>();
        final Map<Long, Integer> urges = new HashMap<>();
        final List<MetricRow> metrics = new ArrayList<>();
        final List<ValueRow> values = new ArrayList<>();
        final Map<Long, String> unitTypes = new HashMap<>();
        final Map<Long, Long> unitParents = new HashMap<>();

        @SuppressWarnings("unchecked")
        Raw(EntityManager em, long planId) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    select a.id, a.unit_id, a.task_id, t.section_id, a.status, a.colour, a.created_at, a.due_date, a.completed_at, a.progress
                    from assignment a join task t on t.id = a.task_id where t.plan_id = ?1""").setParameter(1, planId).getResultList()) {
                assignments.add(new AssignmentRow(n(r[0]), n(r[1]), n(r[2]), n(r[3]), (String) r[4], (String) r[5], day(r[6]),
                        StatsDataset.date(r[7]), r[8] == null ? null : day(r[8]), ((Number) r[9]).intValue()));
            }
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    select r.assignment_id, r.period, r.state, r.first_submitted_at, r.times_returned from progress_report r
                    join assignment a on a.id = r.assignment_id join task t on t.id = a.task_id where t.plan_id = ?1""")
                    .setParameter(1, planId).getResultList()) {
                reports.add(new ReportRow(n(r[0]), (String) r[1], (String) r[2], r[3] == null ? null : day(r[3]),
                        ((Number) r[4]).intValue()));
            }
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    select u.assignment_id, count(*) from urge_notice u join assignment a on a.id = u.assignment_id
                    join task t on t.id = a.task_id where t.plan_id = ?1 group by u.assignment_id""").setParameter(1, planId)
                    .getResultList()) {
                urges.put(n(r[0]), ((Number) r[1]).intValue());
            }
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    select m.id, m.task_id, t.section_id, m.kind, m.comparator, m.target_value, m.target_date, m.granularity,
                           m.compare_metric_id, m.applies_to
                    from metric m join task t on t.id = m.task_id where m.plan_id = ?1""").setParameter(1, planId).getResultList()) {
                metrics.add(new MetricRow(n(r[0]), n(r[1]), n(r[2]), MetricKind.valueOf((String) r[3]),
                        r[4] == null ? null : Comparator.valueOf((String) r[4]), (BigDecimal) r[5],
                        r[6] == null ? null : StatsDataset.date(r[6]), Granularity.valueOf((String) r[7]),
                        r[8] == null ? null : n(r[8]), Set.of(((String) r[9]).split(" "))));
            }
            Map<Long, MetricKind> kinds = new HashMap<>();
            metrics.forEach(m -> kinds.put(m.id(), m.kind()));
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    select v.metric_id, v.unit_id, v.period_start, v.value, v.numerator, v.denominator, v.done, v.done_date
                    from metric_value v join metric m on m.id = v.metric_id where m.plan_id = ?1 order by v.period_start""")
                    .setParameter(1, planId).getResultList()) {
                values.add(new ValueRow(n(r[0]), n(r[1]), StatsDataset.date(r[2]),
                        Attainment.of(kinds.get(n(r[0])), (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5], (Boolean) r[6],
                                r[7] == null ? null : StatsDataset.date(r[7]))));
            }
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, type, parent_id from responsibility_unit").getResultList()) {
                unitTypes.put(n(r[0]), (String) r[1]);
                unitParents.put(n(r[0]), r[2] == null ? null : n(r[2]));
            }
        }

        private static long n(Object value) {
            return ((Number) value).longValue();
        }

        private static LocalDate day(Object timestamp) {
            java.time.Instant instant = timestamp instanceof Timestamp t ? t.toInstant()
                    : timestamp instanceof java.time.Instant i ? i : ((java.time.OffsetDateTime) timestamp).toInstant();
            return instant.atZone(StatsDataset.ZONE).toLocalDate();
        }

        Set<Long> subtree(long root) {
            Set<Long> result = new HashSet<>(Set.of(root));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<Long, Long> e : unitParents.entrySet()) {
                    if (e.getValue() != null && result.contains(e.getValue()) && result.add(e.getKey())) {
                        grew = true;
                    }
                }
            }
            return result;
        }

        /** The reports an assignment owes, as StatusService would list them, minus periods after its completion. */
        List<ReportPeriod> owed(AssignmentRow a) {
            return ReportingCalendar.owed(Granularity.QUARTER, 5, a.start(), a.due()).stream()
                    .filter(p -> a.completed() == null || !p.period().start().isAfter(a.completed())).toList();
        }

        /** 4 approved, 3 submitted, 2 returned, 1 only drafts, 0 nothing. */
        int stateRank(long assignment, String period) {
            int rank = 0;
            for (ReportRow r : reports) {
                if (r.assignment() == assignment && r.period().equals(period)) {
                    rank = Math.max(rank, switch (r.state()) {
                        case "APPROVED" -> 4;
                        case "SUBMITTED" -> 3;
                        case "RETURNED" -> 2;
                        default -> 1;
                    });
                }
            }
            return rank;
        }

        boolean onTime(long assignment, ReportPeriod owed) {
            return reports.stream().filter(r -> r.assignment() == assignment && r.period().equals(owed.label())
                    && r.firstSubmitted() != null).anyMatch(r -> !r.firstSubmitted().isAfter(owed.deadline()));
        }

        /** The verdict of a metric for one unit over [from, to], by the Java attainment rules. */
        AttainmentStatus verdict(MetricRow metric, long unit, LocalDate from, LocalDate to) {
            Figure own = Attainment.acrossPeriods(metric.kind(), figures(metric.id(), unit, from, to));
            Figure other = metric.compareTo() == null ? null
                    : Attainment.acrossPeriods(MetricKind.RATIO, figures(metric.compareTo(), unit, from, to));
            return Attainment.judge(new Attainment.Rule(metric.kind(), metric.comparator(), metric.target(),
                    metric.targetDate(), UnitAggregation.SUM), own, other);
        }

        private List<Figure> figures(long metric, long unit, LocalDate from, LocalDate to) {
            return values.stream().filter(v -> v.metric() == metric && v.unit() == unit && !v.periodStart().isBefore(from)
                    && !v.periodStart().isAfter(to)).map(ValueRow::figure).toList();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(StatsDataset.ZONE);
    }

    @Test
    void dashboardEqualsRecomputationForEveryScope() {
        List<Long> unitScopes = new ArrayList<>(java.util.Arrays.asList(null, data.prefectureA));
        for (Long unit : unitScopes) {
            for (Long section : java.util.Arrays.asList(null, data.sections.get(0))) {
                checkDashboard(unit, section);
            }
        }
    }

    private void checkDashboard(Long unit, Long section) {
        Set<Long> units = unit == null ? raw.unitTypes.keySet() : raw.subtree(unit);
        Predicate<AssignmentRow> inScope = a -> units.contains(a.unit()) && (section == null || a.section() == section);
        List<AssignmentRow> scoped = raw.assignments.stream().filter(inScope).toList();
        var request = api().queryParam("planId", data.planId).queryParam("period", "2024-Q2");
        if (unit != null) {
            request.queryParam("unitId", unit);
        }
        if (section != null) {
            request.queryParam("sectionId", section);
        }
        JsonPath d = request.get("/api/v1/reports/dashboard").then().statusCode(200).extract().jsonPath();
        String scope = "scope unit " + unit + " section " + section + " seed " + data.seed;
        assertEquals(scoped.size(), d.getInt("assignments.total"), scope);
        for (String colour : List.of("RED", "YELLOW", "GREEN")) {
            assertEquals(scoped.stream().filter(a -> a.colour().equals(colour)).count(),
                    d.getLong("assignments." + colour.toLowerCase()), scope + " " + colour);
        }
        assertEquals(scoped.stream().filter(a -> a.status().equals("COMPLETED")).count(), d.getLong("assignments.completed"), scope);
        assertEquals(scoped.stream().filter(a -> !a.status().equals("COMPLETED") && a.due().isBefore(today())).count(),
                d.getLong("assignments.overdue"), scope);
        assertEquals(scoped.stream().map(AssignmentRow::task).distinct().count(), d.getLong("tasks.total"), scope);

        // the reports of each period of the plan's year
        Map<String, long[]> expected = new TreeMap<>();
        for (Period period : Period.ofYear(2024, Granularity.QUARTER)) {
            long[] c = new long[8];
            for (AssignmentRow a : scoped) {
                for (ReportPeriod owed : raw.owed(a)) {
                    if (!owed.label().equals(period.text())) {
                        continue;
                    }
                    int rank = raw.stateRank(a.id(), owed.label());
                    c[0]++;
                    c[1] += rank >= 2 ? 1 : 0;
                    c[2] += rank == 4 ? 1 : 0;
                    c[3] += rank == 3 ? 1 : 0;
                    c[4] += rank == 2 ? 1 : 0;
                    c[5] += rank < 2 ? 1 : 0;
                    c[6] += rank < 2 && owed.deadline().isBefore(today()) ? 1 : 0;
                    c[7] += raw.onTime(a.id(), owed) ? 1 : 0;
                }
            }
            expected.put(period.text(), c);
        }
        List<Map<String, Object>> trend = d.getList("trend");
        assertEquals(4, trend.size());
        for (Map<String, Object> point : trend) {
            long[] c = expected.get((String) point.get("period"));
            String at = scope + " period " + point.get("period");
            assertEquals(c[0], num(point, "due"), at + " due");
            assertEquals(c[1], num(point, "filed"), at + " filed");
            assertEquals(c[2], num(point, "approved"), at + " approved");
            assertEquals(c[3], num(point, "submitted"), at + " submitted");
            assertEquals(c[4], num(point, "returned"), at + " returned");
            assertEquals(c[5], num(point, "missing"), at + " missing");
            assertEquals(c[6], num(point, "overdue"), at + " overdue");
            assertEquals(c[7], num(point, "onTime"), at + " on time");
            LocalDate end = Period.parse((String) point.get("period"), Granularity.QUARTER).end();
            assertEquals(scoped.stream().filter(a -> a.completed() != null && !a.completed().isAfter(end)).count(),
                    num(point, "completed"), at + " completed");
        }
        assertEquals(d.getLong("trend[1].due"), d.getLong("reports.due"), "the chosen period is 2024-Q2");

        // metric verdicts over every unit in scope the metric applies to, for the year
        long[] verdicts = new long[3];
        for (MetricRow metric : raw.metrics) {
            if (section != null && metric.sectionId() != section) {
                continue;
            }
            for (long u : units) {
                if (metric.appliesTo().contains(raw.unitTypes.get(u))) {
                    verdicts[raw.verdict(metric, u, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).ordinal()]++;
                }
            }
        }
        assertEquals(verdicts[0], d.getLong("metrics.met"), scope + " met");
        assertEquals(verdicts[1], d.getLong("metrics.notMet"), scope + " not met");
        assertEquals(verdicts[2], d.getLong("metrics.noData"), scope + " no data");
    }

    private static long num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @Test
    void attainmentTableEqualsTheJavaRulesForEverySpan() {
        for (String span : List.of("2024", "2024-Q2", "2024-Q4")) {
            JsonPath table = api().queryParam("planId", data.planId).queryParam("period", span).queryParam("type", "PREFECTURE")
                    .get("/api/v1/reports/metric-attainment").then().statusCode(200).extract().jsonPath();
            Period period = span.length() == 4 ? Period.parse(span, Granularity.YEAR) : Period.parse(span, Granularity.QUARTER);
            int checked = 0;
            for (MetricRow metric : raw.metrics) {
                boolean fits = span.length() == 4 || metric.granularity() != Granularity.YEAR;
                List<Map<String, Object>> rows = table.getList("rows.findAll { it.metricId == " + metric.id() + " }");
                assertEquals(fits ? 1 : 0, rows.size(), "metric " + metric.kind() + " in " + span);
                if (!fits) {
                    continue;
                }
                List<Map<String, Object>> cells = (List<Map<String, Object>>) rows.get(0).get("cells");
                for (long unit : List.of(data.prefectureA, data.prefectureB)) {
                    Map<String, Object> cell = cells.stream().filter(c -> num(c, "unitId") == unit).findFirst().orElseThrow();
                    assertEquals(raw.verdict(metric, unit, period.start(), period.end()).name(), cell.get("status"),
                            metric.kind() + " unit " + unit + " " + span + " seed " + data.seed);
                    checked++;
                }
            }
            assertTrue(checked >= 6, "checked " + checked + " cells");
        }
    }

    @Test
    void scorecardCountsScoresAndRanksEqualRecomputation() {
        checkScorecard();
    }

    /**
     * The dashboard and the scorecard come from roll-ups maintained as rows change: after every kind
     * of write to the raw tables they still equal the recomputation from the raw rows.
     */
    @Test
    void rollupsEqualRecomputationAfterWrites() {
        dashboardEqualsRecomputationForEveryScope();
        checkScorecard();
        Random random = new Random(data.seed);
        for (int round = 0; round < 3; round++) {
            QuarkusTransaction.requiringNew().run(() -> write(random));
            raw = QuarkusTransaction.requiringNew().call(() -> new Raw(em, data.planId));
            dashboardEqualsRecomputationForEveryScope();
            checkScorecard();
        }
    }

    /** One write of each kind to the plan's raw rows, picked by the seed. */
    @SuppressWarnings("unchecked")
    private void write(Random random) {
        List<Long> assignments = raw.assignments.stream().map(AssignmentRow::id).sorted().toList();
        long a = assignments.get(random.nextInt(assignments.size()));
        long b = assignments.get(random.nextInt(assignments.size()));
        em.createNativeQuery("update assignment set status = 'COMPLETED', progress = 100, colour = 'GREEN', completed_at = now() "
                + "where id = ?1 and status <> 'COMPLETED'").setParameter(1, a).executeUpdate();
        em.createNativeQuery("update assignment set colour = 'RED', due_date = due_date - 40 where id = ?1 and status <> 'COMPLETED'")
                .setParameter(1, b).executeUpdate();
        List<Object[]> reports = em.createNativeQuery("""
                select r.id, r.state from progress_report r join assignment a on a.id = r.assignment_id join task t on t.id = a.task_id
                where t.plan_id = ?1 order by r.id""").setParameter(1, data.planId).getResultList();
        if (!reports.isEmpty()) {
            Object[] returned = reports.get(random.nextInt(reports.size()));
            em.createNativeQuery("update progress_report set state = 'RETURNED', reviewer_comment = '请补充材料', times_returned = times_returned + 1, "
                    + "first_submitted_at = coalesce(first_submitted_at, now()) where id = ?1 and state <> 'APPROVED'")
                    .setParameter(1, returned[0]).executeUpdate();
            em.createNativeQuery("delete from progress_report where id = ?1")
                    .setParameter(1, reports.get(random.nextInt(reports.size()))[0]).executeUpdate();
        }
        em.createNativeQuery("""
                insert into progress_report (assignment_id, period, period_start, text, progress, state, submitted_at, first_submitted_at, author)
                select ?1, '2024-Q1', date '2024-01-01', '补报。', 30, 'SUBMITTED', timestamptz '2024-04-03 10:00+08', timestamptz '2024-04-03 10:00+08', 'test'
                where not exists (select 1 from progress_report where assignment_id = ?1 and period = '2024-Q1')""")
                .setParameter(1, b).executeUpdate();
        em.createNativeQuery("insert into urge_notice (assignment_id, level, message, issued_by) values (?1, 'RED', '请加快进度', 'test')")
                .setParameter(1, a).executeUpdate();
        em.createNativeQuery("""
                update metric_value set value = value + 5, numerator = denominator where id = (
                    select v.id from metric_value v join metric m on m.id = v.metric_id where m.plan_id = ?1
                    order by v.id offset ?2 limit 1)""").setParameter(1, data.planId).setParameter(2, random.nextInt(5)).executeUpdate();
        if (random.nextInt(3) == 0) { // the county changes prefecture: two subtrees change
            em.createNativeQuery("update responsibility_unit set parent_id = case when parent_id = ?1 then ?2 else ?1 end where id = ?3")
                    .setParameter(1, data.prefectureA).setParameter(2, data.prefectureB).setParameter(3, data.countyA1).executeUpdate();
        }
        if (random.nextBoolean()) {
            em.createNativeQuery("update metric set target_value = target_value + 1 where plan_id = ?1 and kind = 'COUNT'")
                    .setParameter(1, data.planId).executeUpdate();
        }
    }

    private void checkScorecard() {
        JsonPath card = api().queryParam("planId", data.planId).queryParam("type", "PREFECTURE")
                .get("/api/v1/reports/scorecard").then().statusCode(200).extract().jsonPath();
        Map<Long, Double> scores = new HashMap<>();
        for (long unit : List.of(data.prefectureA, data.prefectureB)) {
            List<AssignmentRow> own = raw.assignments.stream().filter(a -> a.unit() == unit).toList();
            List<Map<String, Object>> rows = card.getList("rows.findAll { it.unitId == " + unit + " }");
            if (own.isEmpty()) {
                assertEquals(0, rows.size(), "a unit without assignments is not ranked");
                continue;
            }
            Map<String, Object> row = rows.get(0);
            String at = "unit " + unit + " seed " + data.seed;
            long dueOrDone = own.stream().filter(a -> a.status().equals("COMPLETED") || a.due().isBefore(today())).count();
            long onTime = own.stream().filter(a -> a.completed() != null && !a.completed().isAfter(a.due())).count();
            long owed = 0;
            long reportsOnTime = 0;
            for (AssignmentRow a : own) {
                for (ReportPeriod period : raw.owed(a)) {
                    if (period.deadline().isBefore(today())) {
                        owed++;
                        reportsOnTime += raw.onTime(a.id(), period) ? 1 : 0;
                    }
                }
            }
            Collection<Long> ownIds = own.stream().map(AssignmentRow::id).toList();
            long returned = raw.reports.stream().filter(r -> ownIds.contains(r.assignment())).mapToLong(ReportRow::timesReturned).sum();
            long urges = own.stream().mapToLong(a -> raw.urges.getOrDefault(a.id(), 0)).sum();
            long applicable = 0;
            long met = 0;
            for (MetricRow metric : raw.metrics) {
                if (metric.appliesTo().contains("PREFECTURE")) {
                    applicable++;
                    met += raw.verdict(metric, unit, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)) == AttainmentStatus.MET ? 1 : 0;
                }
            }
            assertEquals(own.size(), num(row, "assignments"), at);
            assertEquals(onTime, num(row, "completedOnTime"), at);
            assertEquals(owed, num(row, "reportsOwed"), at);
            assertEquals(reportsOnTime, num(row, "reportsOnTime"), at);
            assertEquals(returned, num(row, "returned"), at);
            assertEquals(urges, num(row, "urges"), at);
            assertEquals(applicable, num(row, "metricsApplicable"), at);
            assertEquals(met, num(row, "metricsMet"), at);
            // the documented formula with the default weights 40 / 30 / 30, penalties 2 and 1
            double weighted = 0;
            double weights = 0;
            if (dueOrDone > 0) {
                weighted += 40.0 * onTime / dueOrDone;
                weights += 40;
            }
            if (owed > 0) {
                weighted += 30.0 * reportsOnTime / owed;
                weights += 30;
            }
            if (applicable > 0) {
                weighted += 30.0 * met / applicable;
                weights += 30;
            }
            double score = Math.max(0, 100 * (weights == 0 ? 1 : weighted / weights) - 2 * returned - urges);
            assertEquals(score, ((Number) row.get("score")).doubleValue(), 0.051, at + " score");
            scores.put(unit, ((Number) row.get("score")).doubleValue());
        }
        if (scores.size() == 2) {
            List<Map<String, Object>> rows = card.getList("rows");
            Map<String, Object> a = rows.stream().filter(r -> num(r, "unitId") == data.prefectureA).findFirst().orElseThrow();
            Map<String, Object> b = rows.stream().filter(r -> num(r, "unitId") == data.prefectureB).findFirst().orElseThrow();
            // the higher score ranks first; equal scores share a rank
            assertEquals(Integer.signum(Double.compare(scores.get(data.prefectureB), scores.get(data.prefectureA))),
                    Integer.signum(Long.compare(num(a, "rank"), num(b, "rank"))), "ranks follow scores");
        }
    }

    @Test
    void checklistListsTheUnitsAssignmentsWithTheirMetrics() {
        JsonPath list = api().queryParam("planId", data.planId).queryParam("unitId", data.prefectureA)
                .get("/api/v1/reports/checklist").then().statusCode(200).extract().jsonPath();
        List<AssignmentRow> own = raw.assignments.stream().filter(a -> a.unit() == data.prefectureA).toList();
        assertEquals(own.size(), list.getList("rows").size());
        for (AssignmentRow a : own) {
            Map<String, Object> row = list.getMap("rows.find { it.assignmentId == " + a.id() + " }");
            assertEquals(a.status(), row.get("status"));
            assertEquals(a.progress(), ((Number) row.get("progress")).intValue());
            List<Map<String, Object>> metrics = (List<Map<String, Object>>) row.get("metrics");
            List<MetricRow> ofTask = raw.metrics.stream().filter(m -> m.taskId() == a.task()).toList();
            assertEquals(ofTask.size(), metrics.size());
            for (MetricRow metric : ofTask) {
                Map<String, Object> figure = metrics.stream().filter(m -> num(m, "metricId") == metric.id()).findFirst().orElseThrow();
                assertEquals(raw.verdict(metric, data.prefectureA, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).name(),
                        figure.get("status"));
            }
        }
    }
}
