-- The benchmark dataset (../shared BENCHMARK.md), generated deterministically in the database:
-- every pseudo-random choice is a hash of the row's identity, so the same scale gives the same rows.
--   psql -v provinces=1 -v counties=61 -v departments=30 -f bench/dataset.sql      (province: 100 units)
--   psql -v provinces=31 -v counties=58 -v departments=30 -f bench/dataset.sql     (national: 3,007 units)
-- Units come in through the import API (scripts/bench.sh); this script adds the plan, the
-- assignments, eleven months of reports and twelve months of metric values directly.
\set ON_ERROR_STOP on
BEGIN;
CREATE OR REPLACE FUNCTION pg_temp.h(text) RETURNS int LANGUAGE sql IMMUTABLE AS
  $$ SELECT abs(('x' || substr(md5($1), 1, 8))::bit(32)::int) % 100 $$;

INSERT INTO plan (code, title, year, issuer, report_cadence, report_deadline_days)
VALUES ('BENCH-2026', '基准测试2026年法治政府建设工作要点', 2026, '基准测试省人民政府办公厅', 'MONTH', 5);
INSERT INTO section (plan_id, number, title)
SELECT p.id, s, '第' || s || '部分' FROM plan p, generate_series(1, 9) s WHERE p.code = 'BENCH-2026';
INSERT INTO task (plan_id, section_id, number, position, title, content, deadline)
SELECT p.id, sec.id, t::text, t, '基准任务' || t, '基准任务' || t || '的内容。', DATE '2026-12-31'
FROM plan p, generate_series(1, 26) t
JOIN section sec ON sec.number = 1 + (t - 1) / 3
WHERE p.code = 'BENCH-2026' AND sec.plan_id = p.id;

-- every unit gets every task: LEAD for about 30 %, due dates over the year, about 8 % overdue
INSERT INTO assignment (task_id, unit_id, role, due_date, status, progress, completed_at, colour, created_at)
SELECT t.id, u.id,
       CASE WHEN pg_temp.h('role' || t.id || '/' || u.id) < 30 THEN 'LEAD' ELSE 'CO' END,
       DATE '2026-01-31' + (pg_temp.h('due' || t.id || '/' || u.id) * 3.3)::int,
       CASE WHEN done THEN 'COMPLETED' ELSE 'IN_PROGRESS' END,
       CASE WHEN done THEN 100 ELSE 10 + pg_temp.h('p' || t.id || '/' || u.id) * 8 / 10 END,
       CASE WHEN done THEN TIMESTAMPTZ '2026-01-20 10:00+08' + pg_temp.h('c' || t.id || '/' || u.id) * interval '3 days' END,
       CASE WHEN overdue THEN 'RED' WHEN pg_temp.h('y' || t.id || '/' || u.id) < 10 THEN 'YELLOW' ELSE 'GREEN' END,
       TIMESTAMPTZ '2026-01-05 09:00+08'
FROM task t
JOIN plan p ON p.id = t.plan_id AND p.code = 'BENCH-2026'
CROSS JOIN responsibility_unit u
CROSS JOIN LATERAL (SELECT pg_temp.h('o' || t.id || '/' || u.id) < 8 AS overdue) o
CROSS JOIN LATERAL (SELECT NOT o.overdue AND pg_temp.h('d' || t.id || '/' || u.id) < 60 AS done) d;

-- eleven monthly reports per assignment (December is left free for the write workload):
-- 70 % approved, 15 % submitted, 10 % draft, 5 % returned, progress rising with the months
INSERT INTO progress_report (assignment_id, period, period_start, text, progress, state, reviewer_comment, submitted_at,
                             first_submitted_at, times_returned, author)
SELECT a.id, to_char(m, 'YYYY-MM'), m::date,
       repeat('本月召开专题会议研究部署，细化工作措施，压实责任分工，推动各项任务落地见效。', 3 + r % 5),
       least(100, 8 * extract(month FROM m)::int + r % 8),
       CASE WHEN r < 70 THEN 'APPROVED' WHEN r < 85 THEN 'SUBMITTED' WHEN r < 95 THEN 'DRAFT' ELSE 'RETURNED' END,
       CASE WHEN r >= 95 THEN '请补充佐证材料。' END,
       CASE WHEN r < 85 OR r >= 95 THEN m + interval '1 month' + interval '2 days' END,
       CASE WHEN r < 85 OR r >= 95 THEN m + interval '1 month' + interval '2 days' END,
       CASE WHEN r >= 95 THEN 1 ELSE 0 END, 'bench'
FROM assignment a
JOIN task t ON t.id = a.task_id
JOIN plan p ON p.id = t.plan_id AND p.code = 'BENCH-2026'
CROSS JOIN generate_series(TIMESTAMP '2026-01-01', TIMESTAMP '2026-11-01', interval '1 month') m
CROSS JOIN LATERAL (SELECT pg_temp.h('r' || a.id || '/' || m) AS r) x;

-- fifteen monthly metrics: counts 0–12 and ratios with denominators 0–500, about 20 % of units missing each target
INSERT INTO metric (plan_id, task_id, code, name_zh, name_en, kind, comparator, target_value, display_unit, granularity,
                    applies_to, unit_aggregation)
SELECT p.id, t.id, 'BM-' || k, '基准指标' || k, 'Bench metric ' || k,
       CASE WHEN k % 2 = 0 THEN 'COUNT' ELSE 'RATIO' END, 'GE', CASE WHEN k % 2 = 0 THEN 2 ELSE 80 END,
       CASE WHEN k % 2 = 0 THEN '次' ELSE '%' END, 'MONTH', 'PROVINCE PREFECTURE COUNTY PROVINCIAL_DEPARTMENT',
       CASE WHEN k % 2 = 0 THEN 'SUM' ELSE 'RATIO_OF_SUMS' END
FROM plan p, generate_series(1, 15) k JOIN task t ON t.number = k::text
WHERE p.code = 'BENCH-2026' AND t.plan_id = p.id;
INSERT INTO metric_value (metric_id, unit_id, period, period_start, value, numerator, denominator, source, entered_by)
SELECT m.id, u.id, to_char(mo, 'YYYY-MM'), mo::date,
       CASE WHEN m.kind = 'COUNT' THEN (CASE WHEN r < 20 THEN r % 2 ELSE 2 + r % 11 END) END,
       CASE WHEN m.kind = 'RATIO' THEN (den * CASE WHEN r < 20 THEN 50 ELSE 90 END / 100) END,
       CASE WHEN m.kind = 'RATIO' THEN den END,
       'IMPORT', 'bench'
FROM metric m
JOIN plan p ON p.id = m.plan_id AND p.code = 'BENCH-2026'
CROSS JOIN responsibility_unit u
CROSS JOIN generate_series(TIMESTAMP '2026-01-01', TIMESTAMP '2026-12-01', interval '1 month') mo
CROSS JOIN LATERAL (SELECT pg_temp.h('v' || m.id || '/' || u.id || '/' || mo) AS r,
                           (pg_temp.h('n' || m.id || '/' || u.id || '/' || mo) * 5) AS den) x;
COMMIT;
-- a loaded database as it settles: statistics gathered and the visibility map set (index-only scans)
VACUUM (ANALYZE) responsibility_unit, plan, section, task, assignment, progress_report, metric, metric_value;
