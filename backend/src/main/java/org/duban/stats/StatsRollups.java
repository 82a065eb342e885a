package org.duban.stats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.duban.common.DatabaseFaults;
import org.duban.common.Sql;
import org.duban.common.Sql.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the statistics roll-ups of V13 equal to the raw rows. Writes only mark the units they
 * touched (triggers into stats_dirty); before a statistic is read, {@link #refresh} rebuilds the
 * marked units' own rows from the raw tables with StatsSql's CTEs and then the subtree rows of every
 * unit above them. A new day, another time zone or a change to the whole plan rebuilds the plan.
 * One refresher per plan at a time, across instances (an advisory lock); readers that waited for it
 * find nothing left to do.
 */
@ApplicationScoped
public class StatsRollups {
    private static final Logger LOG = Logger.getLogger(StatsRollups.class);
    /** First key of the advisory lock; the second is the plan. */
    private static final int LOCK_CLASS = 7301;

    private final Sql sql;
    private final ZoneId zone;

    StatsRollups(Sql sql, @ConfigProperty(name = "duban.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.sql = sql;
        this.zone = ZoneId.of(zone);
    }

    /** The roll-ups kept per unit, subtree and plan; stats_unit_rollup holds units' own figures only. */
    private static final List<String> SUMMED = List.of("stats_task_rollup", "stats_period_rollup", "stats_metric_rollup");
    private static final List<String> ALL_TABLES = List.of("stats_task_rollup", "stats_period_rollup", "stats_metric_rollup",
            "stats_unit_rollup");

    private static final String STATE = """
            SELECT coalesce((SELECT as_of = :today AND time_zone = :tz FROM stats_rollup_state WHERE plan_id = :planId), false) AS fresh,
                   EXISTS (SELECT 1 FROM stats_dirty WHERE plan_id = :planId) AS dirty,
                   EXISTS (SELECT 1 FROM stats_dirty WHERE plan_id = :planId AND unit_id IS NULL) AS whole
            """;

    private Map<String, Object> parameters(long planId) {
        Map<String, Object> p = new HashMap<>();
        p.put("planId", planId);
        p.put("today", LocalDate.now(zone));
        p.put("tz", zone.getId());
        return p;
    }

    /**
     * Brings the plan's roll-ups up to date before the caller reads them: a look at their state in the
     * caller's transaction and, only when something changed, a refresh committed in a transaction of its own.
     */
    public void refresh(long planId, int year) {
        boolean upToDate = QuarkusTransaction.isActive() ? upToDate(planId) : QuarkusTransaction.requiringNew().call(() -> upToDate(planId));
        if (!upToDate) {
            QuarkusTransaction.requiringNew().timeout(600).run(() -> refreshInTransaction(planId, year));
        }
    }

    private boolean upToDate(long planId) {
        Row state = sql.list(STATE, parameters(planId)).get(0);
        return state.bool("fresh") && !state.bool("dirty");
    }

    private void refreshInTransaction(long planId, int year) {
        Map<String, Object> p = parameters(planId);
        sql.list("SELECT count(*) AS locked FROM (SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", CAST(:planId AS int))) l", p);
        Row now = sql.list(STATE, p).get(0);
        boolean whole = !now.bool("fresh") || now.bool("whole");
        if (!whole && !now.bool("dirty")) {
            return; // another refresher did it while this one waited
        }
        long started = System.nanoTime();
        Set<Long> marked = new LinkedHashSet<>();
        sql.stream("DELETE FROM stats_dirty WHERE plan_id = :planId RETURNING unit_id", p, 0, r -> marked.add(r.lng("unit_id")));
        Long[] units;
        if (whole) {
            for (String table : ALL_TABLES) {
                sql.update("DELETE FROM " + table + " WHERE plan_id = :planId", p);
            }
            units = sql.list("SELECT id FROM responsibility_unit", p).stream().map(r -> r.lng("id")).toArray(Long[]::new);
        } else {
            units = marked.stream().filter(id -> id != null).toArray(Long[]::new);
            p.put("unitIds", units);
            for (String table : ALL_TABLES) {
                sql.update("DELETE FROM " + table + " WHERE plan_id = :planId AND unit_id = ANY (CAST(:unitIds AS bigint[]))", p);
            }
        }
        // each unit's own rows, from the raw tables (the dashboard's span: the plan's year, every metric)
        p.put("unitIds", units);
        p.put("sectionId", null);
        p.put("from", LocalDate.of(year, 1, 1));
        p.put("to", LocalDate.of(year, 12, 31));
        p.put("granularities", "YEAR QUARTER MONTH");
        sql.update(StatsSql.ROLLUP_TASK_ROWS, p);
        sql.update(StatsSql.ROLLUP_PERIOD_ROWS, p);
        sql.update(StatsSql.ROLLUP_METRIC_ROWS, p);
        sql.update(StatsSql.ROLLUP_UNIT_ROWS, p);
        // then the subtrees they are part of (in a whole rebuild their rows are already gone)
        Long[] ancestors = sql.list(StatsSql.ROLLUP_ANCESTORS, p).stream().map(r -> r.lng("id")).toArray(Long[]::new);
        p.put("ancestorIds", ancestors);
        if (!whole) {
            for (String table : SUMMED) {
                sql.update("DELETE FROM " + table + " WHERE plan_id = :planId AND subtree AND unit_id = ANY (CAST(:ancestorIds AS bigint[]))", p);
            }
        }
        StatsSql.ROLLUP_SUBTREE_SUMS.forEach(statement -> sql.update(statement, p));
        // and unit 0, every unit: what the plan-wide dashboard reads
        for (String table : SUMMED) {
            sql.update("DELETE FROM " + table + " WHERE plan_id = :planId AND unit_id = 0", p);
        }
        StatsSql.ROLLUP_ALL_UNITS_SUMS.forEach(statement -> sql.update(statement, p));
        if (whole) { // the planner needs to know how big the rebuilt tables are
            sql.update("ANALYZE stats_task_rollup, stats_period_rollup, stats_metric_rollup, stats_unit_rollup", p);
        }
        sql.update("""
                INSERT INTO stats_rollup_state (plan_id, as_of, time_zone, refreshed_at) VALUES (:planId, :today, :tz, now())
                ON CONFLICT (plan_id) DO UPDATE SET as_of = EXCLUDED.as_of, time_zone = EXCLUDED.time_zone, refreshed_at = now()
                """, p);
        LOG.debugf("statistics of plan %d refreshed (%s, %d units, %d subtrees) in %d ms", planId, whole ? "whole" : "changed",
                units.length, ancestors.length, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Keeps reads cheap while writes stream in: refreshes every plan someone has read statistics of,
     * and forgets the marks of plans nobody has (their roll-ups are built on first read).
     */
    @Scheduled(every = "${duban.stats.refresh-interval:15s}", delayed = "${duban.stats.refresh-first-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshAll() {
        DatabaseFaults.runJob("statistics refresh", this::refreshRead);
    }

    private void refreshRead() {
        List<Row> plans = QuarkusTransaction.requiringNew().call(() -> {
            sql.update("DELETE FROM stats_dirty d WHERE NOT EXISTS (SELECT 1 FROM stats_rollup_state s WHERE s.plan_id = d.plan_id)",
                    Map.of());
            return sql.list("SELECT p.id, p.year FROM plan p JOIN stats_rollup_state s ON s.plan_id = p.id", Map.of());
        });
        for (Row plan : plans) {
            refresh(plan.lng("id"), plan.integer("year"));
        }
    }
}
