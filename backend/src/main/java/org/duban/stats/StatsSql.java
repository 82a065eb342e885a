package org.duban.stats;

import java.util.List;

/**
 * The SQL behind every statistic, built from shared common table expressions so that a figure means
 * the same in the dashboard, the scorecard, the checklist and the exports. Parameters every query
 * binds: planId, unitId (scope: that unit's subtree, or every unit when null; the unit alone when
 * exactUnit — a reporter sees their own unit's data only), sectionId (or null),
 * tz (the plan's time zone), today, from/to (the span of metric values) and granularities (the
 * metric granularities that fit the span, space separated).
 */
final class StatsSql {
    private StatsSql() {
    }

    /**
     * Units in scope, assignments in scope, the reports each owes, and what was filed per period.
     * The CTE lists end with a comma so that queries can add their own; a query that adds none closes
     * the list with the empty {@code no_more AS (SELECT 1)}.
     */
    static final String ASSIGNMENT_CTES = """
            WITH RECURSIVE scope_unit AS (
                SELECT id FROM responsibility_unit
                WHERE CASE WHEN CAST(:unitId AS bigint) IS NULL THEN parent_id IS NULL ELSE id = CAST(:unitId AS bigint) END
                UNION ALL
                SELECT c.id FROM responsibility_unit c JOIN scope_unit s ON c.parent_id = s.id
                WHERE NOT CAST(:exactUnit AS boolean)
            ),
            """ + StatsSql.SCOPED_CTES;

    /** ASSIGNMENT_CTES after the scope: what {@code scope_unit} holds is up to the query. */
    private static final String SCOPED_CTES = """
            scoped AS (
                SELECT a.id, a.unit_id, a.task_id, t.section_id, a.role, a.due_date, a.status, a.progress, a.colour,
                       (a.completed_at AT TIME ZONE :tz)::date AS completed_on,
                       (a.created_at AT TIME ZONE :tz)::date AS started_on,
                       p.report_cadence AS cadence, p.report_deadline_days AS deadline_days
                FROM assignment a
                JOIN task t ON t.id = a.task_id
                JOIN plan p ON p.id = t.plan_id
                WHERE t.plan_id = :planId
                  AND (CAST(:sectionId AS bigint) IS NULL OR t.section_id = CAST(:sectionId AS bigint))
                  AND a.unit_id IN (SELECT id FROM scope_unit)
            ),
            -- one row per report an assignment owes (ReportingCalendar): every period of the plan's cadence from
            -- the one it started in to the one it is due in, due deadline_days after the period ends; a period
            -- that starts after the assignment was completed is not owed
            owed AS (
                SELECT s.id AS assignment_id, s.unit_id, s.section_id, g.period_start,
                       CASE WHEN s.cadence = 'MONTH' THEN to_char(g.period_start, 'YYYY-MM')
                            ELSE to_char(g.period_start, 'YYYY') || '-Q' || to_char(g.period_start, 'Q') END AS period,
                       (g.period_start + CASE WHEN s.cadence = 'MONTH' THEN interval '1 month' ELSE interval '3 months' END)::date
                           - 1 + s.deadline_days AS deadline
                FROM scoped s
                CROSS JOIN LATERAL (
                    SELECT gs::date AS period_start
                    FROM generate_series(
                        date_trunc(CASE WHEN s.cadence = 'MONTH' THEN 'month' ELSE 'quarter' END, s.started_on::timestamp),
                        s.due_date::timestamp,
                        CASE WHEN s.cadence = 'MONTH' THEN interval '1 month' ELSE interval '3 months' END) gs
                ) g
                WHERE s.completed_on IS NULL OR g.period_start <= s.completed_on
            ),
            -- per assignment and period: the furthest state reached (4 approved, 3 submitted, 2 returned,
            -- 1 only a draft) and the first submission
            filed AS (
                SELECT r.assignment_id, r.period,
                       max(CASE r.state WHEN 'APPROVED' THEN 4 WHEN 'SUBMITTED' THEN 3 WHEN 'RETURNED' THEN 2 ELSE 1 END) AS state_rank,
                       min((r.first_submitted_at AT TIME ZONE :tz)::date) AS first_submitted_on
                FROM progress_report r
                WHERE r.assignment_id IN (SELECT id FROM scoped)
                GROUP BY r.assignment_id, r.period
            ),
            """;

    /**
     * Each unit's own figure and verdict per metric over the span [from, to] — the attainment rules
     * of {@code Attainment} in SQL: counts add up, ratios are Σ numerators / Σ denominators (a zero
     * denominator is no data), a reported share and a deliverable take their latest state, and
     * comparisons are exact (cross-multiplied, never rounded).
     */
    static final String METRIC_CTES = """
            metric_scope AS (
                SELECT m.id AS metric_id, m.code, m.name_zh, m.name_en, m.kind, m.comparator, m.target_value, m.target_date,
                       m.display_unit, m.granularity, m.task_id, m.compare_metric_id, u.id AS unit_id
                FROM metric m
                JOIN responsibility_unit u ON u.type = ANY (string_to_array(m.applies_to, ' '))
                LEFT JOIN task mt ON mt.id = m.task_id
                WHERE m.plan_id = :planId
                  AND u.id IN (SELECT id FROM scope_unit)
                  AND m.granularity = ANY (string_to_array(:granularities, ' '))
                  AND (CAST(:sectionId AS bigint) IS NULL OR mt.section_id = CAST(:sectionId AS bigint))
            ),
            metric_agg AS (
                SELECT v.metric_id, v.unit_id,
                       sum(v.value) AS total,
                       sum(v.numerator) FILTER (WHERE v.numerator IS NOT NULL AND v.denominator IS NOT NULL) AS num,
                       sum(v.denominator) FILTER (WHERE v.numerator IS NOT NULL AND v.denominator IS NOT NULL) AS den,
                       (array_agg(v.value ORDER BY v.period_start DESC) FILTER (WHERE v.value IS NOT NULL))[1] AS last_value,
                       (array_agg(v.done ORDER BY v.period_start DESC) FILTER (WHERE v.done IS NOT NULL))[1] AS last_done,
                       (array_agg(v.done_date ORDER BY v.period_start DESC) FILTER (WHERE v.done IS NOT NULL))[1] AS last_done_date
                FROM metric_value v
                JOIN metric m ON m.id = v.metric_id
                WHERE m.plan_id = :planId
                  AND v.unit_id IN (SELECT id FROM scope_unit)
                  AND v.period_start BETWEEN :from AND :to
                GROUP BY v.metric_id, v.unit_id
            ),
            metric_figure AS (
                SELECT ms.*, a.num, a.den, a.last_done, a.last_done_date,
                       CASE ms.kind WHEN 'COUNT' THEN a.total
                                    WHEN 'PERCENT' THEN a.last_value
                                    WHEN 'DEADLINE' THEN CASE WHEN a.last_done THEN 100 WHEN NOT a.last_done THEN 0 END
                                    ELSE CASE WHEN a.den > 0 THEN round(a.num * 100 / a.den, 4) END END AS value,
                       CASE ms.kind WHEN 'COMPARISON' THEN CASE WHEN a.den > 0 AND c.den > 0 THEN sign(a.num * c.den - c.num * a.den) END
                                    WHEN 'RATIO' THEN CASE WHEN a.den > 0 THEN sign(a.num * 100 - ms.target_value * a.den) END
                                    WHEN 'COUNT' THEN sign(a.total - ms.target_value)
                                    WHEN 'PERCENT' THEN sign(a.last_value - ms.target_value) END AS diff
                FROM metric_scope ms
                LEFT JOIN metric_agg a ON a.metric_id = ms.metric_id AND a.unit_id = ms.unit_id
                LEFT JOIN metric_agg c ON c.metric_id = ms.compare_metric_id AND c.unit_id = ms.unit_id
            ),
            metric_verdict AS (
                SELECT f.*,
                       CASE WHEN f.kind = 'DEADLINE' THEN
                                CASE WHEN f.last_done IS NULL THEN 'NO_DATA'
                                     WHEN f.last_done AND f.last_done_date <= f.target_date THEN 'MET' ELSE 'NOT_MET' END
                            WHEN f.diff IS NULL OR f.comparator IS NULL THEN 'NO_DATA'
                            WHEN (f.comparator = 'GE' AND f.diff >= 0) OR (f.comparator = 'GT' AND f.diff > 0)
                              OR (f.comparator = 'LE' AND f.diff <= 0) OR (f.comparator = 'LT' AND f.diff < 0)
                              OR (f.comparator = 'EQ' AND f.diff = 0) THEN 'MET'
                            ELSE 'NOT_MET' END AS status
                FROM metric_figure f
            ),
            """;

    /** The reporting periods of the plan's year: start, end, name and the deadline of its report. */
    private static final String PERIODS_CTE = """
            periods AS (
                SELECT gs::date AS period_start,
                       (gs + CASE WHEN p.report_cadence = 'MONTH' THEN interval '1 month' ELSE interval '3 months' END)::date - 1 AS period_end,
                       CASE WHEN p.report_cadence = 'MONTH' THEN to_char(gs, 'YYYY-MM') ELSE to_char(gs, 'YYYY') || '-Q' || to_char(gs, 'Q') END AS period,
                       (gs + CASE WHEN p.report_cadence = 'MONTH' THEN interval '1 month' ELSE interval '3 months' END)::date - 1
                           + p.report_deadline_days AS deadline
                FROM plan p
                CROSS JOIN LATERAL generate_series(make_date(p.year, 1, 1)::timestamp, make_date(p.year, 12, 1)::timestamp,
                    CASE WHEN p.report_cadence = 'MONTH' THEN interval '1 month' ELSE interval '3 months' END) gs
                WHERE p.id = :planId
            ),
            """;

    // ---- roll-ups (V13): each unit's own rows rebuilt from the raw tables with the CTEs above ----

    /** ASSIGNMENT_CTES over exactly the units in {@code :unitIds} (their own assignments, no subtree). */
    private static final String ROLLUP_CTES = """
            WITH RECURSIVE scope_unit AS (SELECT unnest(CAST(:unitIds AS bigint[])) AS id),
            """ + SCOPED_CTES;

    static final String ROLLUP_TASK_ROWS = """
            INSERT INTO stats_task_rollup (plan_id, unit_id, subtree, task_id, section_id, total, red, yellow, green, completed,
                                           completed_on_time, overdue, progress_sum, returned, urges)
            """ + ROLLUP_CTES + """
            returns AS (
                SELECT r.assignment_id, sum(r.times_returned) AS n FROM progress_report r
                WHERE r.assignment_id IN (SELECT id FROM scoped) GROUP BY r.assignment_id
            ),
            urges AS (
                SELECT n.assignment_id, count(*) AS n FROM urge_notice n
                WHERE n.assignment_id IN (SELECT id FROM scoped) GROUP BY n.assignment_id
            )
            SELECT :planId, s.unit_id, false, s.task_id, s.section_id, count(*),
                   count(*) FILTER (WHERE s.colour = 'RED'), count(*) FILTER (WHERE s.colour = 'YELLOW'),
                   count(*) FILTER (WHERE s.colour = 'GREEN'), count(*) FILTER (WHERE s.status = 'COMPLETED'),
                   count(*) FILTER (WHERE s.completed_on <= s.due_date),
                   count(*) FILTER (WHERE s.status <> 'COMPLETED' AND s.due_date < :today),
                   sum(s.progress), coalesce(sum(ret.n), 0), coalesce(sum(ug.n), 0)
            FROM scoped s
            LEFT JOIN returns ret ON ret.assignment_id = s.id
            LEFT JOIN urges ug ON ug.assignment_id = s.id
            GROUP BY s.unit_id, s.task_id, s.section_id
            """;

    static final String ROLLUP_PERIOD_ROWS = """
            INSERT INTO stats_period_rollup (plan_id, unit_id, subtree, section_id, period_start, deadline, due, filed, approved,
                                             submitted, returned, draft, on_time, completed_by_end)
            """ + ROLLUP_CTES + PERIODS_CTE + """
            year_rows AS (
                SELECT g.unit_id, g.section_id, p.period_start, p.period_end, p.deadline
                FROM (SELECT DISTINCT unit_id, section_id FROM scoped) g CROSS JOIN periods p
            ),
            report_counts AS (
                SELECT o.unit_id, o.section_id, o.period_start, min(o.deadline) AS deadline,
                       count(*) AS due,
                       count(*) FILTER (WHERE f.state_rank >= 2) AS filed,
                       count(*) FILTER (WHERE f.state_rank = 4) AS approved,
                       count(*) FILTER (WHERE f.state_rank = 3) AS submitted,
                       count(*) FILTER (WHERE f.state_rank = 2) AS returned,
                       count(*) FILTER (WHERE f.state_rank = 1) AS draft,
                       count(*) FILTER (WHERE f.first_submitted_on <= o.deadline) AS on_time
                FROM owed o
                LEFT JOIN filed f ON f.assignment_id = o.assignment_id AND f.period = o.period
                GROUP BY o.unit_id, o.section_id, o.period_start
            ),
            completions AS (
                SELECT y.unit_id, y.section_id, y.period_start, count(*) AS completed
                FROM year_rows y
                JOIN scoped s ON s.unit_id = y.unit_id AND s.section_id = y.section_id AND s.completed_on <= y.period_end
                GROUP BY y.unit_id, y.section_id, y.period_start
            )
            SELECT :planId, k.unit_id, false, k.section_id, k.period_start, k.deadline,
                   coalesce(r.due, 0), coalesce(r.filed, 0), coalesce(r.approved, 0), coalesce(r.submitted, 0),
                   coalesce(r.returned, 0), coalesce(r.draft, 0), coalesce(r.on_time, 0), coalesce(c.completed, 0)
            FROM (SELECT unit_id, section_id, period_start, deadline FROM year_rows
                  UNION SELECT unit_id, section_id, period_start, deadline FROM report_counts) k
            LEFT JOIN report_counts r ON r.unit_id = k.unit_id AND r.section_id = k.section_id AND r.period_start = k.period_start
            LEFT JOIN completions c ON c.unit_id = k.unit_id AND c.section_id = k.section_id AND c.period_start = k.period_start
            """;

    /** Binds from/to to the plan's year, granularities to all and sectionId to null: the dashboard's metric span. */
    static final String ROLLUP_METRIC_ROWS = """
            INSERT INTO stats_metric_rollup (plan_id, unit_id, subtree, metric_id, met, not_met, no_data)
            """ + ROLLUP_CTES + METRIC_CTES + """
            no_more AS (SELECT 1)
            SELECT :planId, unit_id, false, metric_id, (status = 'MET')::int, (status = 'NOT_MET')::int, (status = 'NO_DATA')::int
            FROM metric_verdict
            """;

    /** The units in {@code :unitIds} and above them that have units under them: whose subtree rows change. */
    static final String ROLLUP_ANCESTORS = """
            WITH RECURSIVE up AS (
                SELECT id, parent_id FROM responsibility_unit WHERE id = ANY (CAST(:unitIds AS bigint[]))
                UNION
                SELECT p.id, p.parent_id FROM responsibility_unit p JOIN up ON p.id = up.parent_id
            )
            SELECT id FROM up WHERE EXISTS (SELECT 1 FROM responsibility_unit c WHERE c.parent_id = up.id)
            """;

    /** Each of {@code :ancestorIds} with every unit under it, whose own rows make up its subtree rows. */
    private static final String SUBTREE_MEMBERS = """
            WITH RECURSIVE tree AS (
                SELECT id AS ancestor_id, id AS unit_id FROM responsibility_unit WHERE id = ANY (CAST(:ancestorIds AS bigint[]))
                UNION ALL
                SELECT t.ancestor_id, c.id FROM responsibility_unit c JOIN tree t ON c.parent_id = t.unit_id
            ),
            members AS (SELECT ancestor_id, unit_id, false AS subtree FROM tree)
            """;

    /** Unit 0 stands for every unit: the sum of the roots' subtree rows (a root's own when nothing is under it). */
    private static final String ALL_UNITS_MEMBERS = """
            WITH members AS (
                SELECT 0::bigint AS ancestor_id, u.id AS unit_id,
                       EXISTS (SELECT 1 FROM responsibility_unit c WHERE c.parent_id = u.id) AS subtree
                FROM responsibility_unit u WHERE u.parent_id IS NULL
            )
            """;

    /** The task, period and metric rows of each {@code members.ancestor_id}: sums of its members' rows. */
    private static List<String> sums(String members) {
        return List.of("""
                INSERT INTO stats_task_rollup (plan_id, unit_id, subtree, task_id, section_id, total, red, yellow, green, completed,
                                               completed_on_time, overdue, progress_sum, returned, urges)
                """ + members + """
                SELECT :planId, m.ancestor_id, true, r.task_id, min(r.section_id), sum(r.total), sum(r.red), sum(r.yellow),
                       sum(r.green), sum(r.completed), sum(r.completed_on_time), sum(r.overdue), sum(r.progress_sum),
                       sum(r.returned), sum(r.urges)
                FROM members m JOIN stats_task_rollup r ON r.plan_id = :planId AND r.unit_id = m.unit_id AND r.subtree = m.subtree
                GROUP BY m.ancestor_id, r.task_id
                """, """
                INSERT INTO stats_period_rollup (plan_id, unit_id, subtree, section_id, period_start, deadline, due, filed, approved,
                                                 submitted, returned, draft, on_time, completed_by_end)
                """ + members + """
                SELECT :planId, m.ancestor_id, true, r.section_id, r.period_start, min(r.deadline), sum(r.due), sum(r.filed),
                       sum(r.approved), sum(r.submitted), sum(r.returned), sum(r.draft), sum(r.on_time), sum(r.completed_by_end)
                FROM members m JOIN stats_period_rollup r ON r.plan_id = :planId AND r.unit_id = m.unit_id AND r.subtree = m.subtree
                GROUP BY m.ancestor_id, r.section_id, r.period_start
                """, """
                INSERT INTO stats_metric_rollup (plan_id, unit_id, subtree, metric_id, met, not_met, no_data)
                """ + members + """
                SELECT :planId, m.ancestor_id, true, r.metric_id, sum(r.met), sum(r.not_met), sum(r.no_data)
                FROM members m JOIN stats_metric_rollup r ON r.plan_id = :planId AND r.unit_id = m.unit_id AND r.subtree = m.subtree
                GROUP BY m.ancestor_id, r.metric_id
                """);
    }

    static final List<String> ROLLUP_SUBTREE_SUMS = sums(SUBTREE_MEMBERS);
    static final List<String> ROLLUP_ALL_UNITS_SUMS = sums(ALL_UNITS_MEMBERS);

    // ---- the dashboard and the scorecard, read from the roll-ups ----

    /**
     * The roll-up rows that make up the scope: the unit's subtree (its own rows when nothing is under
     * it), the unit alone for a confined caller, or unit 0's (every unit) when no unit is given.
     */
    private static final String SCOPE_ROWS_CTE = """
            WITH scope_rows AS (
                SELECT 0::bigint AS unit_id, true AS subtree WHERE CAST(:unitId AS bigint) IS NULL
                UNION ALL
                SELECT u.id,
                       NOT CAST(:exactUnit AS boolean) AND EXISTS (SELECT 1 FROM responsibility_unit c WHERE c.parent_id = u.id)
                FROM responsibility_unit u WHERE u.id = CAST(:unitId AS bigint)
            ),
            task_rows AS (
                SELECT r.* FROM stats_task_rollup r JOIN scope_rows s ON s.unit_id = r.unit_id AND s.subtree = r.subtree
                WHERE r.plan_id = :planId AND (CAST(:sectionId AS bigint) IS NULL OR r.section_id = CAST(:sectionId AS bigint))
            ),
            """;

    private static final String COLOUR_SUMS = """
            coalesce(sum(r.total), 0) AS total, coalesce(sum(r.red), 0) AS red, coalesce(sum(r.yellow), 0) AS yellow,
            coalesce(sum(r.green), 0) AS green, coalesce(sum(r.completed), 0) AS completed""";

    static final String DASHBOARD_ASSIGNMENTS = SCOPE_ROWS_CTE + """
            no_more AS (SELECT 1)
            SELECT %s, coalesce(sum(r.overdue), 0) AS overdue,
                   coalesce(round(sum(r.progress_sum)::numeric / nullif(sum(r.total), 0), 1), 0) AS average_progress
            FROM task_rows r
            """.formatted(COLOUR_SUMS);

    /** A task's light is its worst assignment's; it is complete when every assignment is. */
    static final String DASHBOARD_TASKS = SCOPE_ROWS_CTE + """
            per_task AS (
                SELECT task_id, sum(red) AS red, sum(yellow) AS yellow, sum(completed) AS completed, sum(total) AS total
                FROM task_rows GROUP BY task_id
            )
            SELECT count(*) AS total, count(*) FILTER (WHERE red > 0) AS red, count(*) FILTER (WHERE red = 0 AND yellow > 0) AS yellow,
                   count(*) FILTER (WHERE red = 0 AND yellow = 0) AS green, count(*) FILTER (WHERE completed = total) AS completed
            FROM per_task
            """;

    static final String DASHBOARD_SECTIONS = SCOPE_ROWS_CTE + """
            no_more AS (SELECT 1)
            SELECT sec.id, sec.number, sec.title, %s
            FROM section sec
            LEFT JOIN task_rows r ON r.section_id = sec.id
            WHERE sec.plan_id = :planId AND (CAST(:sectionId AS bigint) IS NULL OR sec.id = CAST(:sectionId AS bigint))
            GROUP BY sec.id, sec.number, sec.title
            ORDER BY sec.number
            """.formatted(COLOUR_SUMS);

    /** The units directly under the scope's root, each with its whole subtree (nothing for a confined caller). */
    static final String DASHBOARD_UNITS = """
            WITH branch AS (
                SELECT u.id, u.code, u.name, u.type, EXISTS (SELECT 1 FROM responsibility_unit c WHERE c.parent_id = u.id) AS subtree
                FROM responsibility_unit u
                WHERE CASE WHEN CAST(:rootId AS bigint) IS NULL THEN u.parent_id IS NULL ELSE u.parent_id = CAST(:rootId AS bigint) END
            )
            SELECT b.id, b.code, b.name, b.type, %s
            FROM branch b
            LEFT JOIN stats_task_rollup r ON r.plan_id = :planId AND r.unit_id = b.id AND r.subtree = b.subtree
                AND NOT CAST(:exactUnit AS boolean)
                AND (CAST(:sectionId AS bigint) IS NULL OR r.section_id = CAST(:sectionId AS bigint))
            GROUP BY b.id, b.code, b.name, b.type
            ORDER BY b.type, b.code NULLS LAST, b.name
            """.formatted(COLOUR_SUMS);

    /** Per reporting period of the plan's year: what was owed, filed, approved, on time, and completions so far. */
    static final String DASHBOARD_TREND = SCOPE_ROWS_CTE + PERIODS_CTE + """
            period_rows AS (
                SELECT r.* FROM stats_period_rollup r JOIN scope_rows s ON s.unit_id = r.unit_id AND s.subtree = r.subtree
                WHERE r.plan_id = :planId AND (CAST(:sectionId AS bigint) IS NULL OR r.section_id = CAST(:sectionId AS bigint))
            )
            SELECT p.period, p.period_start, p.period_end, p.deadline,
                   coalesce(sum(r.due), 0) AS due, coalesce(sum(r.filed), 0) AS filed, coalesce(sum(r.approved), 0) AS approved,
                   coalesce(sum(r.submitted), 0) AS submitted, coalesce(sum(r.returned), 0) AS returned,
                   coalesce(sum(r.draft), 0) AS draft, coalesce(sum(r.due - r.filed), 0) AS missing,
                   CASE WHEN p.deadline < :today THEN coalesce(sum(r.due - r.filed), 0) ELSE 0 END AS overdue,
                   coalesce(sum(r.on_time), 0) AS on_time, coalesce(sum(r.completed_by_end), 0) AS completed
            FROM periods p
            LEFT JOIN period_rows r ON r.period_start = p.period_start
            GROUP BY p.period, p.period_start, p.period_end, p.deadline
            ORDER BY p.period_start
            """;

    static final String METRIC_COUNTS = SCOPE_ROWS_CTE + """
            no_more AS (SELECT 1)
            SELECT coalesce(sum(r.met), 0) AS met, coalesce(sum(r.not_met), 0) AS not_met, coalesce(sum(r.no_data), 0) AS no_data
            FROM stats_metric_rollup r
            JOIN scope_rows s ON s.unit_id = r.unit_id AND s.subtree = r.subtree
            JOIN metric m ON m.id = r.metric_id
            LEFT JOIN task mt ON mt.id = m.task_id
            WHERE r.plan_id = :planId AND (CAST(:sectionId AS bigint) IS NULL OR mt.section_id = CAST(:sectionId AS bigint))
            """;

    static final String METRIC_VERDICTS = ASSIGNMENT_CTES + METRIC_CTES + """
            no_more AS (SELECT 1)
            SELECT v.metric_id, v.code, v.name_zh, v.name_en, v.kind, v.comparator, v.target_value, v.target_date,
                   v.display_unit, v.granularity, v.task_id, v.unit_id, v.value, v.num, v.den, v.last_done, v.last_done_date, v.status
            FROM metric_verdict v
            JOIN responsibility_unit u ON u.id = v.unit_id
            WHERE (CAST(:onlyUnitId AS bigint) IS NULL OR v.unit_id = CAST(:onlyUnitId AS bigint))
            ORDER BY v.code, u.type, u.code NULLS LAST, u.name
            """;

    /** Each unit's scorecard figures from its own roll-up rows (units in {@code :unitIds} with assignments). */
    static final String ROLLUP_UNIT_ROWS = """
            INSERT INTO stats_unit_rollup (plan_id, unit_id, assignments, completed, completed_on_time, overdue, reports_owed,
                                           reports_on_time, returned, urges, metrics_applicable, metrics_met, metrics_no_data)
            SELECT :planId, a.unit_id, a.assignments, a.completed, a.completed_on_time, a.overdue,
                   coalesce(r.reports_owed, 0), coalesce(r.reports_on_time, 0), a.returned, a.urges,
                   coalesce(m.applicable, 0), coalesce(m.met, 0), coalesce(m.no_data, 0)
            FROM (SELECT unit_id, sum(total) AS assignments, sum(completed) AS completed, sum(completed_on_time) AS completed_on_time,
                         sum(overdue) AS overdue, sum(returned) AS returned, sum(urges) AS urges
                  FROM stats_task_rollup
                  WHERE plan_id = :planId AND NOT subtree AND unit_id = ANY (CAST(:unitIds AS bigint[]))
                  GROUP BY unit_id) a
            LEFT JOIN (SELECT unit_id, sum(due) AS reports_owed, sum(on_time) AS reports_on_time
                       FROM stats_period_rollup
                       WHERE plan_id = :planId AND NOT subtree AND unit_id = ANY (CAST(:unitIds AS bigint[])) AND deadline < :today
                       GROUP BY unit_id) r ON r.unit_id = a.unit_id
            LEFT JOIN (SELECT unit_id, sum(met + not_met + no_data) AS applicable, sum(met) AS met, sum(no_data) AS no_data
                       FROM stats_metric_rollup
                       WHERE plan_id = :planId AND NOT subtree AND unit_id = ANY (CAST(:unitIds AS bigint[]))
                       GROUP BY unit_id) m ON m.unit_id = a.unit_id
            """;

    /**
     * Every unit of one type that has assignments in the plan, with what the scorecard weighs, its score and its rank among the units
     * of that type. Score = 100 × (wc·completion + wr·reporting + wa·attainment) / (sum of the weights of the rates that apply;
     * 1 when none does) − pr·returned − pu·urges, at least 0, one decimal.
     */
    static final String SCORECARD = """
            WITH rated AS (
                SELECT u.id, u.code, u.name, u.type, s.assignments, s.completed, s.completed_on_time, s.overdue,
                       s.completed + s.overdue AS due_or_done, s.reports_owed, s.reports_on_time, s.returned, s.urges,
                       s.metrics_applicable, s.metrics_met, s.metrics_no_data,
                       CASE WHEN s.completed + s.overdue > 0 THEN s.completed_on_time::numeric / (s.completed + s.overdue) END AS completion_rate,
                       CASE WHEN s.reports_owed > 0 THEN s.reports_on_time::numeric / s.reports_owed END AS reporting_rate,
                       CASE WHEN s.metrics_applicable > 0 THEN s.metrics_met::numeric / s.metrics_applicable END AS attainment_rate
                FROM stats_unit_rollup s
                JOIN responsibility_unit u ON u.id = s.unit_id
                WHERE s.plan_id = :planId AND u.type = :type
            ),
            scored AS (
                SELECT rated.*,
                       greatest(0, round(100 * coalesce(
                           (coalesce(CAST(:wc AS numeric) * completion_rate, 0) + coalesce(CAST(:wr AS numeric) * reporting_rate, 0)
                               + coalesce(CAST(:wa AS numeric) * attainment_rate, 0))
                           / nullif(CASE WHEN completion_rate IS NULL THEN 0 ELSE CAST(:wc AS numeric) END
                               + CASE WHEN reporting_rate IS NULL THEN 0 ELSE CAST(:wr AS numeric) END
                               + CASE WHEN attainment_rate IS NULL THEN 0 ELSE CAST(:wa AS numeric) END, 0), 1)
                           - CAST(:pr AS numeric) * returned - CAST(:pu AS numeric) * urges, 1)) AS score
                FROM rated
            )
            SELECT scored.*, rank() OVER (ORDER BY score DESC) AS rank
            FROM scored
            ORDER BY rank, code NULLS LAST, name
            """;

    static final String CHECKLIST = """
            SELECT a.id AS assignment_id, t.id AS task_id, t.number AS task_number, t.title AS task_title,
                   sec.number AS section_number, sec.title AS section_title, a.role, a.due_date, a.status, a.colour,
                   a.colour_reason, a.progress, (a.completed_at AT TIME ZONE :tz)::date AS completed_on,
                   lr.period AS latest_period, left(lr.text, 300) AS latest_summary,
                   (SELECT count(*) FROM report_attachment ra JOIN progress_report r ON r.id = ra.report_id
                     WHERE r.assignment_id = a.id) AS evidence_count,
                   (SELECT count(*) FROM urge_notice n WHERE n.assignment_id = a.id) AS urges
            FROM assignment a
            JOIN task t ON t.id = a.task_id
            JOIN section sec ON sec.id = t.section_id
            LEFT JOIN LATERAL (
                SELECT r.period, r.text FROM progress_report r
                WHERE r.assignment_id = a.id AND r.state = 'APPROVED'
                ORDER BY r.period_start DESC, r.reviewed_at DESC LIMIT 1
            ) lr ON true
            WHERE a.unit_id = :unitId AND t.plan_id = :planId
            ORDER BY t.position, t.number
            """;

    /** The assignment list behind the task export, streamed in task order. */
    static final String TASK_LIST = ASSIGNMENT_CTES + """
            no_more AS (SELECT 1)
            SELECT sec.number AS section_number, sec.title AS section_title, t.number AS task_number, t.title AS task_title,
                   u.name AS unit_name, u.code AS unit_code, s.role, s.due_date, s.status, s.progress, s.colour, a.colour_reason,
                   s.completed_on,
                   (SELECT count(*) FROM urge_notice n WHERE n.assignment_id = s.id) AS urges
            FROM scoped s
            JOIN assignment a ON a.id = s.id
            JOIN task t ON t.id = s.task_id
            JOIN section sec ON sec.id = t.section_id
            JOIN responsibility_unit u ON u.id = s.unit_id
            WHERE (CAST(:colour AS text) IS NULL OR s.colour = CAST(:colour AS text))
              AND (CAST(:status AS text) IS NULL OR s.status = CAST(:status AS text))
              AND (CAST(:role AS text) IS NULL OR s.role = CAST(:role AS text))
            ORDER BY sec.number, t.position, t.number, u.type, u.code NULLS LAST, u.name
            """;

    /** Per task in scope: assignments, completions, progress, and the latest approved report's opening as a highlight. */
    static final String TASK_SUMMARY = ASSIGNMENT_CTES + """
            no_more AS (SELECT 1)
            SELECT t.id, t.number, t.title, sec.number AS section_number, sec.title AS section_title,
                   count(s.id) AS total, count(s.id) FILTER (WHERE s.status = 'COMPLETED') AS completed,
                   count(s.id) FILTER (WHERE s.status <> 'COMPLETED' AND s.due_date < :today) AS overdue,
                   round(avg(s.progress), 1) AS average_progress,
                   (SELECT r.text FROM progress_report r JOIN scoped s2 ON s2.id = r.assignment_id
                     WHERE s2.task_id = t.id AND r.state = 'APPROVED'
                     ORDER BY r.period_start DESC, r.reviewed_at DESC LIMIT 1) AS highlight
            FROM scoped s
            JOIN task t ON t.id = s.task_id
            JOIN section sec ON sec.id = t.section_id
            GROUP BY t.id, t.number, t.title, t.position, sec.number, sec.title
            ORDER BY sec.number, t.position, t.number
            """;

    /** Units in scope with overdue assignments, most first. */
    static final String LAGGING_UNITS = ASSIGNMENT_CTES + """
            no_more AS (SELECT 1)
            SELECT u.id, u.name, count(*) AS overdue, string_agg(DISTINCT t.number, '、') AS tasks
            FROM scoped s
            JOIN responsibility_unit u ON u.id = s.unit_id
            JOIN task t ON t.id = s.task_id
            WHERE s.status <> 'COMPLETED' AND s.due_date < :today
            GROUP BY u.id, u.name
            ORDER BY count(*) DESC, u.name
            """;

    /** Leaders' instructions on tasks in scope, and how many were answered; extensions granted. */
    static final String INSTRUCTIONS_AND_EXTENSIONS = ASSIGNMENT_CTES + """
            no_more AS (SELECT 1)
            SELECT (SELECT count(*) FROM instruction i WHERE i.task_id IN (SELECT task_id FROM scoped)
                      AND (i.assignment_id IS NULL OR i.assignment_id IN (SELECT id FROM scoped))) AS instructions,
                   (SELECT count(*) FROM instruction i WHERE i.task_id IN (SELECT task_id FROM scoped)
                      AND (i.assignment_id IS NULL OR i.assignment_id IN (SELECT id FROM scoped))
                      AND i.responded_at IS NOT NULL) AS answered,
                   (SELECT count(*) FROM extension_request e WHERE e.assignment_id IN (SELECT id FROM scoped)
                      AND e.state = 'APPROVED') AS extensions,
                   (SELECT coalesce(sum(r.times_returned), 0) FROM progress_report r
                     WHERE r.assignment_id IN (SELECT id FROM scoped)) AS returned
            """;
}
