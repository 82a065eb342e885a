package org.duban.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.duban.common.Sql;
import org.duban.common.Sql.Row;
import org.duban.common.Where;

/**
 * The search's SQL. Every group matches with {@code ILIKE '%text%'} on columns with trigram indexes
 * (V14), the text's LIKE wildcards escaped. A confined caller's unit is an extra fixed clause — a
 * statement of its own, so the planner never meets an "unit is null or …" it cannot plan for.
 *
 * <p>A group is read in up to three steps, each bounded:
 * <ol>
 * <li>{@link #bounded}: at most {@code cap} matching rows (through the trigram index, or a scan that
 * stops at the cap), ranked and counted — the whole answer whenever fewer than {@code cap} match;</li>
 * <li>for more, reports only: the page among the newest {@link #WINDOW} reports, read down the recency
 * index; when it is full it is the page among all reports, as every report outside is older;</li>
 * <li>otherwise every match, ranked (a word frequent only in older reports, or a deep page).</li>
 * </ol>
 * Walking the recency index without a window would be quick for a word found everywhere but read
 * almost the whole table for one found often, yet only in old reports.
 */
@ApplicationScoped
public class SearchRepository {
    /** How many of the newest reports a frequent word's page is looked for in first. */
    static final int WINDOW = 20_000;

    /** One group's statement parts: what it selects, from where, what matches, how it confines and ranks. */
    enum Kind {
        TASKS("task", "t", """
                SELECT t.id, t.plan_id, p.title AS plan_title, t.section_id, s.number AS section_number,
                       s.title AS section_title, t.parent_id, t.number, t.title, t.content
                """, """
                JOIN plan p ON p.id = t.plan_id
                JOIN section s ON s.id = t.section_id
                """,
                "(t.title ILIKE :pattern ESCAPE '\\' OR t.content ILIKE :pattern ESCAPE '\\' OR t.number = :text)",
                null,
                // the title exactly (or the number), then a title that starts with the text, then any title, then
                // the content; newer plans first, then document order
                """
                ORDER BY CASE WHEN lower(t.title) = lower(:text) OR t.number = :text THEN 0
                              WHEN t.title ILIKE :prefix ESCAPE '\\' THEN 1
                              WHEN t.title ILIKE :pattern ESCAPE '\\' THEN 2
                              ELSE 3 END,
                         p.year DESC, p.id DESC, t.position, t.id
                """, null),
        UNITS("responsibility_unit", "u", """
                SELECT u.id, u.code, u.name, u.type, u.parent_id, pu.name AS parent_name
                """, """
                LEFT JOIN responsibility_unit pu ON pu.id = u.parent_id
                """,
                "(u.name ILIKE :pattern ESCAPE '\\' OR u.code ILIKE :pattern ESCAPE '\\')",
                "u.id = :unitId",
                // the name or code exactly, then a name or code that starts with the text; then by division code
                """
                ORDER BY CASE WHEN lower(u.name) = lower(:text) OR u.code = :text THEN 0
                              WHEN u.name ILIKE :prefix ESCAPE '\\' OR u.code ILIKE :prefix ESCAPE '\\' THEN 1
                              ELSE 2 END,
                         u.code NULLS LAST, u.name, u.id
                """, null),
        REPORTS("progress_report", "r", """
                SELECT r.id, r.assignment_id, a.task_id, t.number AS task_number, t.title AS task_title, a.unit_id,
                       u.name AS unit_name, r.period, r.state, r.text, r.updated_at
                """, """
                JOIN assignment a ON a.id = r.assignment_id
                JOIN task t ON t.id = a.task_id
                JOIN responsibility_unit u ON u.id = a.unit_id
                """,
                "r.text ILIKE :pattern ESCAPE '\\'",
                "a.unit_id = :unitId",
                // most recent first (ix_report_recent): no rank on the text, which would have to be computed for every match
                """
                ORDER BY r.period_start DESC, r.updated_at DESC, r.id DESC
                """, "period_start DESC, updated_at DESC, id DESC");

        final String table;
        final String alias;
        final String select;
        final String joins;
        final String match;
        final String confined;
        final String order;
        /** The order of the table's recency index, for the window of step 2; null: no such step. */
        final String newest;

        Kind(String table, String alias, String select, String joins, String match, String confined, String order, String newest) {
            this.table = table;
            this.alias = alias;
            this.select = select;
            this.joins = joins;
            this.match = match;
            this.confined = confined;
            this.order = order;
            this.newest = newest;
        }

        String key() {
            return alias + ".id";
        }

        /** FROM … WHERE … of the matching rows of {@code source} (the table, or a window of it). */
        String matching(String source, Long unitId) {
            return "FROM " + source + " " + alias + "\n" + joins + "WHERE " + match
                    + (unitId != null && confined != null ? " AND " + confined : "") + "\n";
        }

        /** The page ranked among the matching rows, at most {@code :cap} of them when capped, with their number. */
        String ranked(Long unitId, boolean capped) {
            return "WITH m AS MATERIALIZED (SELECT " + key() + " AS id " + matching(table, unitId) + (capped ? "LIMIT :cap" : "")
                    + ")\n" + select + ", count(*) OVER () AS matched FROM " + table + " " + alias + "\n" + joins
                    + "WHERE " + key() + " IN (SELECT id FROM m)\n" + order + "LIMIT :limit OFFSET :offset";
        }

        String window(Long unitId) {
            return select + matching("(SELECT * FROM " + table + " ORDER BY " + newest + " LIMIT :window)", unitId) + order
                    + "LIMIT :limit OFFSET :offset";
        }
    }

    /** The normalized text, the unit a confined caller is limited to (or null), and the page. */
    record Query(String text, Long unitId, int limit, int offset) {
        Map<String, Object> parameters(int cap) {
            Map<String, Object> parameters = new HashMap<>();
            String literal = Where.likeLiteral(text);
            parameters.put("text", text);
            parameters.put("pattern", "%" + literal + "%");
            parameters.put("prefix", literal + "%");
            parameters.put("unitId", unitId);
            parameters.put("limit", limit);
            parameters.put("offset", offset);
            parameters.put("cap", cap);
            parameters.put("window", WINDOW);
            return parameters;
        }
    }

    /** A page of rows, and how many rows matched: exact below the cap, the cap itself when at least that many did. */
    record Bounded(List<Row> rows, long matched) {
    }

    private final Sql sql;

    SearchRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * Plans each statement for its own text and unit for the rest of the transaction. The driver reuses a
     * statement's server-side plan after a few runs, and a plan made for any pattern cannot know that
     * '%巡查%' is rare: it read a unit's reports 30 times slower than the plan made for the pattern.
     */
    void planForEachText() {
        sql.update("SET LOCAL plan_cache_mode = force_custom_plan", Map.of());
    }

    /** Step 1: the page among the first {@code cap} matching rows, ranked, and how many of them there are. */
    Bounded bounded(Kind kind, Query query, int cap) {
        List<Row> rows = sql.list(kind.ranked(query.unitId(), true), query.parameters(cap));
        return new Bounded(rows, rows.isEmpty() ? count(kind, query, cap) : rows.get(0).count("matched"));
    }

    /** Steps 2 and 3: the page ranked among all matching rows. */
    List<Row> ranked(Kind kind, Query query) {
        // a confined caller's reports are few: ranking them all is cheaper than a window of everyone's
        if (kind.newest != null && query.unitId() == null) {
            List<Row> rows = sql.list(kind.window(null), query.parameters(0));
            if (rows.size() == query.limit()) {
                return rows;
            }
        }
        return sql.list(kind.ranked(query.unitId(), false), query.parameters(0));
    }

    /** How many rows match, counting no further than {@code cap}. */
    private long count(Kind kind, Query query, int cap) {
        if (query.offset() == 0) {
            return 0; // the first page is empty: nothing matches
        }
        return sql.list("SELECT count(*) AS n FROM (SELECT 1 " + kind.matching(kind.table, query.unitId()) + "LIMIT :cap) m",
                query.parameters(cap)).get(0).count("n");
    }
}
