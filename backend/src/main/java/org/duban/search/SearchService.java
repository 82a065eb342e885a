package org.duban.search;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.account.CurrentActor;
import org.duban.common.FieldError;
import org.duban.common.InvalidInput;
import org.duban.common.Sql.Row;
import org.duban.reporting.ReportState;
import org.duban.search.SearchDtos.Hits;
import org.duban.search.SearchDtos.ReportHit;
import org.duban.search.SearchDtos.SearchGroup;
import org.duban.search.SearchDtos.SearchView;
import org.duban.search.SearchDtos.TaskHit;
import org.duban.search.SearchDtos.UnitHit;
import org.duban.search.SearchRepository.Kind;
import org.duban.search.SearchRepository.Query;
import org.duban.unit.UnitType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Global search over tasks, responsibility units and progress reports, under the read rules of their
 * lists: every caller reads every task; a confined caller (a reporter, a unit-bound token) finds only
 * their own unit among the units and only its reports among the reports.
 */
@ApplicationScoped
public class SearchService {
    public static final int DEFAULT_LIMIT = 8;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_OFFSET = 1_000;
    public static final String COUNT_CAP_DEFAULT = "1000";

    private final SearchRepository search;
    private final CurrentActor actor;
    /** Totals are counted up to here: a word found in most of a million reports is "1,000+", not a full count. */
    private final int countCap;

    SearchService(SearchRepository search, CurrentActor actor,
            @ConfigProperty(name = "duban.search.count-cap", defaultValue = COUNT_CAP_DEFAULT) int countCap) {
        this.search = search;
        this.actor = actor;
        this.countCap = countCap;
    }

    @Transactional
    public SearchView search(String q, SearchGroup type, Integer limit, Integer offset) {
        String text = SearchText.normalize(q);
        List<FieldError> problems = SearchText.problems(text);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Query query = new Query(text, actor.confinedToUnit(), limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
        search.planForEachText();
        return new SearchView(text, query.limit(), query.offset(),
                wanted(type, SearchGroup.TASKS) ? hits(Kind.TASKS, query, row -> task(row, text)) : null,
                wanted(type, SearchGroup.UNITS) ? hits(Kind.UNITS, query, SearchService::unit) : null,
                wanted(type, SearchGroup.REPORTS) ? hits(Kind.REPORTS, query, row -> report(row, text)) : null);
    }

    private static boolean wanted(SearchGroup type, SearchGroup group) {
        return type == null || type == group;
    }

    private <T> Hits<T> hits(Kind kind, Query query, Function<Row, T> view) {
        SearchRepository.Bounded bounded = search.bounded(kind, query, countCap + 1);
        if (bounded.matched() <= countCap) {
            return new Hits<>(bounded.rows().stream().map(view).toList(), bounded.matched(), false);
        }
        return new Hits<>(search.ranked(kind, query).stream().map(view).toList(), countCap, true);
    }

    private static TaskHit task(Row row, String text) {
        return new TaskHit(row.lng("id"), row.lng("plan_id"), row.str("plan_title"), row.lng("section_id"),
                row.integer("section_number"), row.str("section_title"), row.lng("parent_id"), row.str("number"),
                row.str("title"), SearchText.excerpt(row.str("content"), text));
    }

    private static UnitHit unit(Row row) {
        return new UnitHit(row.lng("id"), row.str("code"), row.str("name"), UnitType.valueOf(row.str("type")),
                row.lng("parent_id"), row.str("parent_name"));
    }

    private static ReportHit report(Row row, String text) {
        return new ReportHit(row.lng("id"), row.lng("assignment_id"), row.lng("task_id"), row.str("task_number"),
                row.str("task_title"), row.lng("unit_id"), row.str("unit_name"), row.str("period"),
                ReportState.valueOf(row.str("state")), SearchText.excerpt(row.str("text"), text), row.time("updated_at"));
    }
}
