-- Roll-ups behind the dashboard and the scorecard, so that a national plan (3,000 units, ~1 million
-- reports) is summarised from a few hundred rows instead of recomputing the reporting calendar.
--
-- Each roll-up row belongs to a plan and a unit: subtree = false holds the unit's own figures, subtree
-- = true the sum over the unit and everything under it (kept only for units that have children; a
-- leaf's subtree is its own row); unit_id 0 with subtree = true sums every unit. StatsRollups rebuilds
-- the rows of changed units from the raw tables (with the same SQL the statistics always used) before
-- any statistic is read, so a figure always equals a recomputation from raw rows: writes only mark
-- what changed in stats_dirty, which costs them one insert and no lock. Figures that depend on the
-- date (overdue) are as of stats_rollup_state.as_of; a new day rebuilds the plan.

CREATE TABLE stats_dirty (
    plan_id BIGINT NOT NULL,
    -- null: every unit of the plan (the plan, its tasks, metrics or the unit tree changed)
    unit_id BIGINT
);
CREATE INDEX ix_stats_dirty_plan ON stats_dirty (plan_id);

CREATE TABLE stats_rollup_state (
    plan_id      BIGINT PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    as_of        DATE        NOT NULL,
    time_zone    TEXT        NOT NULL,
    refreshed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- per unit (or subtree) and task: the assignments by light, completion, progress, returns and urges
CREATE TABLE stats_task_rollup (
    plan_id           BIGINT  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    unit_id           BIGINT  NOT NULL,
    subtree           BOOLEAN NOT NULL,
    task_id           BIGINT  NOT NULL,
    section_id        BIGINT  NOT NULL,
    total             INT     NOT NULL,
    red               INT     NOT NULL,
    yellow            INT     NOT NULL,
    green             INT     NOT NULL,
    completed         INT     NOT NULL,
    completed_on_time INT     NOT NULL,
    -- open and past their due date as of stats_rollup_state.as_of
    overdue           INT     NOT NULL,
    progress_sum      BIGINT  NOT NULL,
    returned          INT     NOT NULL,
    urges             INT     NOT NULL,
    PRIMARY KEY (plan_id, unit_id, subtree, task_id)
);

-- per unit (or subtree), section and reporting period: the reports owed and how far each got; every
-- period of the plan's year has a row for each unit and section with assignments (completed_by_end
-- counts completions up to the period's end), periods outside the year only where reports were owed
CREATE TABLE stats_period_rollup (
    plan_id          BIGINT  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    unit_id          BIGINT  NOT NULL,
    subtree          BOOLEAN NOT NULL,
    section_id       BIGINT  NOT NULL,
    period_start     DATE    NOT NULL,
    deadline         DATE    NOT NULL,
    due              INT     NOT NULL,
    filed            INT     NOT NULL,
    approved         INT     NOT NULL,
    submitted        INT     NOT NULL,
    returned         INT     NOT NULL,
    draft            INT     NOT NULL,
    on_time          INT     NOT NULL,
    completed_by_end INT     NOT NULL,
    PRIMARY KEY (plan_id, unit_id, subtree, section_id, period_start)
);

-- per unit (or subtree) and metric: the verdicts over the plan's year
CREATE TABLE stats_metric_rollup (
    plan_id   BIGINT  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    unit_id   BIGINT  NOT NULL,
    subtree   BOOLEAN NOT NULL,
    metric_id BIGINT  NOT NULL,
    met       INT     NOT NULL,
    not_met   INT     NOT NULL,
    no_data   INT     NOT NULL,
    PRIMARY KEY (plan_id, unit_id, subtree, metric_id)
);

-- per unit: what the scorecard weighs, from the unit's own rows above (reports owed: deadline before as_of)
CREATE TABLE stats_unit_rollup (
    plan_id            BIGINT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    unit_id            BIGINT NOT NULL,
    assignments        INT    NOT NULL,
    completed          INT    NOT NULL,
    completed_on_time  INT    NOT NULL,
    overdue            INT    NOT NULL,
    reports_owed       INT    NOT NULL,
    reports_on_time    INT    NOT NULL,
    returned           INT    NOT NULL,
    urges              INT    NOT NULL,
    metrics_applicable INT    NOT NULL,
    metrics_met        INT    NOT NULL,
    metrics_no_data    INT    NOT NULL,
    PRIMARY KEY (plan_id, unit_id)
);

-- Marking what changed: statement-level triggers, so a bulk statement marks each unit once. The
-- trigger's argument maps a transition table (%1$s) to the plans and units its rows belong to.
CREATE FUNCTION stats_mark_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE 'INSERT INTO stats_dirty (plan_id, unit_id) ' || format(TG_ARGV[0], 'new_rows');
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        EXECUTE 'INSERT INTO stats_dirty (plan_id, unit_id) ' || format(TG_ARGV[0], 'old_rows');
    END IF;
    RETURN NULL;
END $$;

-- a change to the plan's calendar, a task's section or any metric: the whole plan (rare, one row each)
CREATE FUNCTION stats_mark_plan_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed CONSTANT jsonb := to_jsonb(coalesce(NEW, OLD));
BEGIN
    INSERT INTO stats_dirty (plan_id, unit_id)
    VALUES ((changed ->> CASE WHEN TG_TABLE_NAME = 'plan' THEN 'id' ELSE 'plan_id' END)::bigint, NULL);
    RETURN NULL;
END $$;

-- the unit tree or a unit's type changed: subtrees and metric applicability of every plan
CREATE FUNCTION stats_mark_all_plans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_dirty (plan_id, unit_id) SELECT plan_id, NULL::bigint FROM stats_rollup_state;
    RETURN NULL;
END $$;

DO $$
DECLARE
    source RECORD;
    through_assignment CONSTANT text :=
        'SELECT DISTINCT t.plan_id, a.unit_id FROM %1$s x JOIN assignment a ON a.id = x.assignment_id JOIN task t ON t.id = a.task_id';
BEGIN
    FOR source IN SELECT * FROM (VALUES ('progress_report', through_assignment), ('urge_notice', through_assignment),
            ('assignment', 'SELECT DISTINCT t.plan_id, x.unit_id FROM %1$s x JOIN task t ON t.id = x.task_id'),
            ('metric_value', 'SELECT DISTINCT m.plan_id, x.unit_id FROM %1$s x JOIN metric m ON m.id = x.metric_id')) s (tbl, mapping) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_units(%L)', 'stats_' || source.tbl || '_insert', source.tbl, source.mapping);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_units(%L)', 'stats_' || source.tbl || '_update', source.tbl, source.mapping);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_units(%L)', 'stats_' || source.tbl || '_delete', source.tbl, source.mapping);
    END LOOP;
END $$;

CREATE TRIGGER stats_unit_change AFTER INSERT OR DELETE OR UPDATE OF parent_id, type ON responsibility_unit
    FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_all_plans();
CREATE TRIGGER stats_plan_change AFTER UPDATE OF year, report_cadence, report_deadline_days ON plan
    FOR EACH ROW EXECUTE FUNCTION stats_mark_plan_row();
CREATE TRIGGER stats_task_change AFTER UPDATE OF section_id, plan_id ON task
    FOR EACH ROW EXECUTE FUNCTION stats_mark_plan_row();
CREATE TRIGGER stats_metric_change AFTER INSERT OR DELETE OR UPDATE ON metric
    FOR EACH ROW EXECUTE FUNCTION stats_mark_plan_row();
