package org.duban.stats;

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
                SELECT s.id AS assignment_id, s.unit_id, g.period_start,
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

    private static final String COLOUR_COUNTS = """
            count(s.id) AS total,
            count(s.id) FILTER (WHERE s.colour = 'RED') AS red,
            count(s.id) FILTER (WHERE s.colour = 'YELLOW') AS yellow,
            count(s.id) FILTER (WHERE s.colour = 'GREEN') AS green,
            count(s.id) FILTER (WHERE s.status = 'COMPLETED') AS completed""";

    static final String DASHBOARD_ASSIGNMENTS = ASSIGNMENT_CTES + """
            no_more AS (SELECT 1)
            SELECT %s,
                   count(s.id) FILTER (WHERE s.status <> 'COMPLETED' AND s.due_date < :today) AS overdue,
                   coalesce(round(avg(s.progress), 1), 0) AS average_progress
            FROM scoped s
            """.formatted(COLOUR_COUNTS);

    static final String DASHBOARD_TASKS = ASSIGNMENT_CTES + """
            per_task AS (
                SELECT task_id, max(CASE colour WHEN 'RED' THEN 3 WHEN 'YELLOW' THEN 2 ELSE 1 END) AS worst,
                       bool_and(status = 'COMPLETED') AS all_done
                FROM scoped GROUP BY task_id
            )
            SELECT count(*) AS total, count(*) FILTER (WHERE worst = 3) AS red, count(*) FILTER (WHERE worst = 2) AS yellow,
                   count(*) FILTER (WHERE worst = 1) AS green, count(*) FILTER (WHERE all_done) AS completed
            FROM per_task
            """;

    static final String DASHBOARD_SECTIONS = ASSIGNMENT_CTES + """
            no_more AS (SELECT 1)
            SELECT sec.id, sec.number, sec.title, %s
            FROM section sec
            LEFT JOIN scoped s ON s.section_id = sec.id
            WHERE sec.plan_id = :planId AND (CAST(:sectionId AS bigint) IS NULL OR sec.id = CAST(:sectionId AS bigint))
            GROUP BY sec.id, sec.number, sec.title
            ORDER BY sec.number
            """.formatted(COLOUR_COUNTS);

    /** The units directly under the scope's root, each with its whole subtree's assignments. */
    static final String DASHBOARD_UNITS = ASSIGNMENT_CTES + """
            branch AS (
                SELECT u.id, u.id AS branch_id FROM responsibility_unit u
                WHERE CASE WHEN CAST(:rootId AS bigint) IS NULL THEN u.parent_id IS NULL ELSE u.parent_id = CAST(:rootId AS bigint) END
                UNION ALL
                SELECT c.id, b.branch_id FROM responsibility_unit c JOIN branch b ON c.parent_id = b.id
            )
            SELECT bu.id, bu.code, bu.name, bu.type, %s
            FROM branch b
            JOIN responsibility_unit bu ON bu.id = b.branch_id
            LEFT JOIN scoped s ON s.unit_id = b.id
            GROUP BY bu.id, bu.code, bu.name, bu.type
            ORDER BY bu.type, bu.code NULLS LAST, bu.name
            """.formatted(COLOUR_COUNTS);

    /** Per reporting period of the plan's year: what was owed, filed, approved, on time, and completions so far. */
    static final String DASHBOARD_TREND = ASSIGNMENT_CTES + """
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
            report_counts AS (
                SELECT o.period,
                       count(*) AS due,
                       count(*) FILTER (WHERE f.state_rank >= 2) AS filed,
                       count(*) FILTER (WHERE f.state_rank = 4) AS approved,
                       count(*) FILTER (WHERE f.state_rank = 3) AS submitted,
                       count(*) FILTER (WHERE f.state_rank = 2) AS returned,
                       count(*) FILTER (WHERE f.state_rank = 1) AS draft,
                       count(*) FILTER (WHERE f.state_rank IS NULL OR f.state_rank < 2) AS missing,
                       count(*) FILTER (WHERE (f.state_rank IS NULL OR f.state_rank < 2) AND o.deadline < :today) AS overdue,
                       count(*) FILTER (WHERE f.first_submitted_on <= o.deadline) AS on_time
                FROM owed o
                LEFT JOIN filed f ON f.assignment_id = o.assignment_id AND f.period = o.period
                GROUP BY o.period
            ),
            completions AS (
                SELECT p.period, count(s.id) AS completed
                FROM periods p LEFT JOIN scoped s ON s.completed_on <= p.period_end
                GROUP BY p.period
            )
            SELECT p.period, p.period_start, p.period_end, p.deadline,
                   coalesce(r.due, 0) AS due, coalesce(r.filed, 0) AS filed, coalesce(r.approved, 0) AS approved,
                   coalesce(r.submitted, 0) AS submitted, coalesce(r.returned, 0) AS returned, coalesce(r.draft, 0) AS draft,
                   coalesce(r.missing, 0) AS missing, coalesce(r.overdue, 0) AS overdue, coalesce(r.on_time, 0) AS on_time,
                   c.completed
            FROM periods p
            LEFT JOIN report_counts r ON r.period = p.period
            JOIN completions c ON c.period = p.period
            ORDER BY p.period_start
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

    static final String METRIC_COUNTS = ASSIGNMENT_CTES + METRIC_CTES + """
            no_more AS (SELECT 1)
            SELECT count(*) FILTER (WHERE status = 'MET') AS met, count(*) FILTER (WHERE status = 'NOT_MET') AS not_met,
                   count(*) FILTER (WHERE status = 'NO_DATA') AS no_data
            FROM metric_verdict
            """;

    /**
     * Every unit of one type that has assignments in the plan, with what the scorecard weighs, its score and its rank among the units
     * of that type. Score = 100 × (wc·completion + wr·reporting + wa·attainment) / (sum of the weights
     * of the rates that apply; 1 when none does) − pr·returned − pu·urges, at least 0, one decimal.
     */
    static final String SCORECARD = ASSIGNMENT_CTES + METRIC_CTES + """
            a_stats AS (
                SELECT unit_id, count(*) AS assignments, count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                       count(*) FILTER (WHERE completed_on <= due_date) AS completed_on_time,
                       count(*) FILTER (WHERE status = 'COMPLETED' OR due_date < :today) AS due_or_done,
                       count(*) FILTER (WHERE status <> 'COMPLETED' AND due_date < :today) AS overdue
                FROM scoped GROUP BY unit_id
            ),
            r_stats AS (
                SELECT o.unit_id, count(*) AS reports_owed, count(*) FILTER (WHERE f.first_submitted_on <= o.deadline) AS reports_on_time
                FROM owed o LEFT JOIN filed f ON f.assignment_id = o.assignment_id AND f.period = o.period
                WHERE o.deadline < :today
                GROUP BY o.unit_id
            ),
            returns AS (
                SELECT s.unit_id, sum(r.times_returned) AS returned
                FROM scoped s JOIN progress_report r ON r.assignment_id = s.id GROUP BY s.unit_id
            ),
            urges AS (
                SELECT s.unit_id, count(*) AS urges FROM scoped s JOIN urge_notice n ON n.assignment_id = s.id GROUP BY s.unit_id
            ),
            m_stats AS (
                SELECT unit_id, count(*) AS metrics_applicable, count(*) FILTER (WHERE status = 'MET') AS metrics_met,
                       count(*) FILTER (WHERE status = 'NO_DATA') AS metrics_no_data
                FROM metric_verdict GROUP BY unit_id
            ),
            rated AS (
                SELECT u.id, u.code, u.name, u.type,
                       coalesce(a.assignments, 0) AS assignments, coalesce(a.completed, 0) AS completed,
                       coalesce(a.completed_on_time, 0) AS completed_on_time, coalesce(a.overdue, 0) AS overdue,
                       coalesce(a.due_or_done, 0) AS due_or_done,
                       coalesce(r.reports_owed, 0) AS reports_owed, coalesce(r.reports_on_time, 0) AS reports_on_time,
                       coalesce(ret.returned, 0) AS returned, coalesce(ug.urges, 0) AS urges,
                       coalesce(m.metrics_applicable, 0) AS metrics_applicable, coalesce(m.metrics_met, 0) AS metrics_met,
                       coalesce(m.metrics_no_data, 0) AS metrics_no_data,
                       CASE WHEN a.due_or_done > 0 THEN a.completed_on_time::numeric / a.due_or_done END AS completion_rate,
                       CASE WHEN r.reports_owed > 0 THEN r.reports_on_time::numeric / r.reports_owed END AS reporting_rate,
                       CASE WHEN m.metrics_applicable > 0 THEN m.metrics_met::numeric / m.metrics_applicable END AS attainment_rate
                FROM responsibility_unit u
                JOIN a_stats a ON a.unit_id = u.id
                LEFT JOIN r_stats r ON r.unit_id = u.id
                LEFT JOIN returns ret ON ret.unit_id = u.id
                LEFT JOIN urges ug ON ug.unit_id = u.id
                LEFT JOIN m_stats m ON m.unit_id = u.id
                WHERE u.type = :type AND u.id IN (SELECT id FROM scope_unit)
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
