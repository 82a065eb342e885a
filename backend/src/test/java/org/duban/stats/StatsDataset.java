package org.duban.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.duban.metric.Granularity;
import org.duban.metric.Period;
import org.duban.reporting.ReportingCalendar;
import org.duban.reporting.ReportingCalendar.ReportPeriod;
import org.duban.support.Fixtures;

/**
 * A crafted plan for the statistics tests: units at three levels, assignments with backdated
 * starts, reports in every state on time and late, urges, and metric values of every kind with
 * gaps and zero denominators — drawn from a printed seed. Structure goes through the API; the
 * history (which the API stamps with "now") is written by SQL.
 */
final class StatsDataset {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final long seed;
    final long planId;
    final List<Long> sections = new ArrayList<>();
    final List<Long> tasks = new ArrayList<>();
    final long prefectureA;
    final long countyA1;
    final long prefectureB;
    final long department;
    final List<Long> metrics = new ArrayList<>();

    StatsDataset(EntityManager em, long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        planId = Fixtures.plan();
        sections.add(Fixtures.section(planId, 1));
        sections.add(Fixtures.section(planId, 2));
        tasks.add(Fixtures.task(planId, sections.get(0), "1"));
        tasks.add(Fixtures.task(planId, sections.get(0), "2"));
        tasks.add(Fixtures.task(planId, sections.get(1), "3"));
        prefectureA = Fixtures.unit("PREFECTURE", null);
        countyA1 = Fixtures.unit("COUNTY", prefectureA);
        prefectureB = Fixtures.unit("PREFECTURE", null);
        department = Fixtures.unit("PROVINCIAL_DEPARTMENT", null);
        List<String> all = List.of("PREFECTURE", "COUNTY", "PROVINCIAL_DEPARTMENT");
        long ratio = Fixtures.metric(withTask(Fixtures.metricInput(planId, "RATIO", ">=", 90, "QUARTER", "RATIO_OF_SUMS", all), 0));
        metrics.add(Fixtures.metric(withTask(Fixtures.metricInput(planId, "COUNT", ">=", 2, "YEAR", "SHARE_MEETING_TARGET", all), 0)));
        metrics.add(ratio);
        metrics.add(Fixtures.metric(withTask(Fixtures.metricInput(planId, "PERCENT", "<", 30, "QUARTER", "MIN", all), 1)));
        Map<String, Object> deadline = withTask(Fixtures.metricInput(planId, "DEADLINE", null, null, "YEAR", "ALL_DONE", all), 2);
        deadline.put("targetDate", "2024-06-30");
        metrics.add(Fixtures.metric(deadline));
        Map<String, Object> comparison = withTask(Fixtures.metricInput(planId, "COMPARISON", ">", null, "QUARTER", "RATIO_OF_SUMS", all), 2);
        comparison.put("compareMetricId", ratio);
        metrics.add(Fixtures.metric(comparison));

        List<Long> assignments = new ArrayList<>();
        for (long task : tasks) {
            for (long unit : List.of(prefectureA, countyA1, prefectureB, department)) {
                if (random.nextInt(10) < 8) {
                    String due = random.nextInt(5) == 0 ? "2026-12-31" : LocalDate.of(2024, 4 + random.nextInt(9), 1 + random.nextInt(28)).toString();
                    assignments.add(Fixtures.assignment(task, unit, random.nextBoolean() ? "LEAD" : "CO", due));
                }
            }
        }
        QuarkusTransaction.requiringNew().run(() -> history(em, random, assignments));
    }

    private Map<String, Object> withTask(Map<String, Object> input, int task) {
        input.put("taskId", tasks.get(task));
        return input;
    }

    /** A DATE column as the driver hands it over (LocalDate, or java.sql.Date on older drivers). */
    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 30), ZoneOffset.ofHours(8));
    }

    private void history(EntityManager em, Random random, List<Long> assignments) {
        String[] colours = { "RED", "YELLOW", "GREEN" };
        for (long id : assignments) {
            LocalDate start = LocalDate.of(2024, 1 + random.nextInt(3), 1 + random.nextInt(28));
            LocalDate due = date(em.createNativeQuery("select due_date from assignment where id = ?1")
                    .setParameter(1, id).getSingleResult());
            int course = random.nextInt(3);
            LocalDate completed = course == 0 ? due.minusDays(30).plusDays(random.nextInt(60)) : null;
            if (completed != null && completed.isBefore(start)) {
                completed = start;
            }
            int progress = completed != null ? 100 : course == 1 ? 10 + random.nextInt(80) : 0;
            // late in the evening Beijing time is the previous day in UTC: the start must be taken in the plan's zone
            em.createNativeQuery("update assignment set created_at = ?1, status = ?2, progress = ?3, completed_at = ?4, colour = ?5 where id = ?6")
                    .setParameter(1, at(start, random.nextBoolean() ? 23 : 9))
                    .setParameter(2, completed != null ? "COMPLETED" : progress > 0 ? "IN_PROGRESS" : "NOT_STARTED")
                    .setParameter(3, progress).setParameter(4, completed == null ? null : at(completed, 7))
                    .setParameter(5, colours[random.nextInt(3)]).setParameter(6, id).executeUpdate();
            for (ReportPeriod owed : ReportingCalendar.owed(Granularity.QUARTER, 5, start, due)) {
                int state = random.nextInt(6); // 0 none, 1 draft, 2 submitted, 3 approved, 4 returned, 5 approved + open draft
                if (state == 0) {
                    continue;
                }
                LocalDate submitted = owed.deadline().plusDays(random.nextInt(11) - 7);
                report(em, id, owed.period(), state == 1 ? "DRAFT" : state == 2 ? "SUBMITTED" : state == 4 ? "RETURNED" : "APPROVED",
                        state == 1 ? null : at(submitted, random.nextBoolean() ? 23 : 10), state == 4 ? 1 + random.nextInt(2) : 0);
                if (state == 5) {
                    report(em, id, owed.period(), "DRAFT", null, 0);
                }
            }
            for (int u = random.nextInt(3); u > 0; u--) {
                em.createNativeQuery("insert into urge_notice (assignment_id, level, message, issued_by) values (?1, 'RED', '请加快进度', 'test')")
                        .setParameter(1, id).executeUpdate();
            }
        }
        List<Long> units = List.of(prefectureA, countyA1, prefectureB, department);
        for (long metric : metrics) {
            String kind = (String) em.createNativeQuery("select kind from metric where id = ?1").setParameter(1, metric).getSingleResult();
            String granularity = (String) em.createNativeQuery("select granularity from metric where id = ?1").setParameter(1, metric)
                    .getSingleResult();
            for (long unit : units) {
                for (Period period : Period.ofYear(2024, Granularity.valueOf(granularity))) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    BigDecimal value = null;
                    BigDecimal numerator = null;
                    BigDecimal denominator = null;
                    Boolean done = null;
                    LocalDate doneDate = null;
                    switch (kind) {
                        case "COUNT" -> value = BigDecimal.valueOf(random.nextInt(4));
                        case "PERCENT" -> value = random.nextInt(4) == 0 ? BigDecimal.valueOf(30) : BigDecimal.valueOf(random.nextInt(6000), 2);
                        case "DEADLINE" -> {
                            done = random.nextBoolean();
                            doneDate = done ? LocalDate.of(2024, 5, 1).plusDays(random.nextInt(90)) : null;
                        }
                        default -> {
                            denominator = BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(20) + 1);
                            numerator = denominator.multiply(BigDecimal.valueOf(random.nextInt(11))).divide(BigDecimal.TEN, 0,
                                    java.math.RoundingMode.DOWN);
                        }
                    }
                    em.createNativeQuery("insert into metric_value (metric_id, unit_id, period, period_start, value, numerator, "
                            + "denominator, done, done_date, source, entered_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'IMPORT', 'test')")
                            .setParameter(1, metric).setParameter(2, unit).setParameter(3, period.text())
                            .setParameter(4, period.start()).setParameter(5, value).setParameter(6, numerator)
                            .setParameter(7, denominator).setParameter(8, done).setParameter(9, doneDate).executeUpdate();
                }
            }
        }
    }

    private static void report(EntityManager em, long assignment, Period period, String state, OffsetDateTime submitted,
            int timesReturned) {
        em.createNativeQuery("insert into progress_report (assignment_id, period, period_start, text, progress, state, "
                + "reviewer_comment, submitted_at, first_submitted_at, times_returned, author) "
                + "values (?1, ?2, ?3, '本期推进情况。', 50, ?4, ?5, ?6, ?6, ?7, 'test')")
                .setParameter(1, assignment).setParameter(2, period.text()).setParameter(3, period.start()).setParameter(4, state)
                .setParameter(5, state.equals("RETURNED") ? "请补充材料" : null).setParameter(6, submitted)
                .setParameter(7, timesReturned).executeUpdate();
    }
}
