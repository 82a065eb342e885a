package org.duban.importing.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.duban.metric.Period;
import org.duban.reporting.ReportState;

/**
 * Progress reports by (task number, unit, period), as DRAFT or SUBMITTED: a unit's open report for
 * the period is updated, otherwise a new one is filed. A report awaiting review or an assignment
 * already completed is not touched; progress may only go back with a reason, as in the form.
 */
final class ProgressReportImporter implements RowImporter<ProgressReportImporter.Item> {
    record Item(long assignmentId, Period period, String text, int progress, String progressReason, ReportState state) {
    }

    private record Assigned(long id, long unitId, int progress, String status) {
    }

    private static final Map<String, ReportState> STATE_WORDS = Map.of("草稿", ReportState.DRAFT, "已报送", ReportState.SUBMITTED,
            "报送", ReportState.SUBMITTED, "提交", ReportState.SUBMITTED);

    private final Map<String, Assigned> assignments = new HashMap<>();
    private final Map<String, String> openStates = new HashMap<>();
    private UnitLookup units;
    private ImportContext context;

    @Override
    @SuppressWarnings("unchecked")
    public void prepare(ImportContext context) {
        this.context = context;
        units = new UnitLookup(context.em());
        for (Object[] r : (List<Object[]>) context.em().createNativeQuery("""
                select t.number, a.unit_id, a.id, a.progress, a.status from assignment a join task t on t.id = a.task_id
                where t.plan_id = ?1""").setParameter(1, context.plan().id).getResultList()) {
            assignments.put(r[0] + "/" + r[1], new Assigned(((Number) r[2]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[3]).intValue(), (String) r[4]));
        }
        for (Object[] r : (List<Object[]>) context.em().createNativeQuery("""
                select r.assignment_id, r.period, r.state from progress_report r join assignment a on a.id = r.assignment_id
                join task t on t.id = a.task_id where t.plan_id = ?1 and r.state <> 'APPROVED'""")
                .setParameter(1, context.plan().id).getResultList()) {
            openStates.put(r[0] + "/" + r[1], (String) r[2]);
        }
    }

    @Override
    public Item check(ImportRow row) {
        String number = row.required("taskNumber");
        UnitLookup.Unit unit = units.resolve(row, context);
        Assigned assigned = number == null || unit == null ? null : assignments.get(number + "/" + unit.id());
        if (number != null && unit != null && assigned == null) {
            row.error("taskNumber", "task " + number + " is not assigned to " + unit.name());
        }
        String periodText = row.required("period");
        Period period = null;
        if (periodText != null) {
            try {
                period = Period.parse(periodText, context.plan().reportCadence);
            } catch (IllegalArgumentException e) {
                row.error("period", e.getMessage() + " (the plan reports by " + context.plan().reportCadence.name().toLowerCase() + ")");
            }
        }
        String text = row.required("text");
        if (text != null && text.length() > 20000) {
            row.error("text", "must be at most 20000 characters");
        }
        row.required("progress");
        Integer progress = row.integer("progress", 0, 100);
        String reason = row.text("progressReason", 1000);
        row.required("state");
        ReportState state = row.choice("state", ReportState.class, STATE_WORDS);
        if (state == ReportState.APPROVED || state == ReportState.RETURNED) {
            row.error("state", "must be DRAFT or SUBMITTED: reviews happen in Duban");
        }
        if (assigned != null) {
            if ("COMPLETED".equals(assigned.status())) {
                row.error("taskNumber", "the assignment is completed; it takes no more reports");
            }
            if (progress != null && progress < assigned.progress() && reason == null) {
                row.error("progressReason", "is required when progress goes back (from " + assigned.progress() + "%)");
            }
            if (period != null && "SUBMITTED".equals(openStates.get(assigned.id() + "/" + period.text()))) {
                row.error("period", "the report for this period awaits review and cannot be replaced");
            }
        }
        return row.failed() ? null : new Item(assigned.id(), period, text, progress, reason, state);
    }

    @Override
    public String key(Item item) {
        return item.assignmentId() + "/" + item.period().text();
    }

    @Override
    public Counts apply(List<Item> items, Connection connection) throws SQLException {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        OffsetDateTime now = OffsetDateTime.now();
        for (Item item : items) {
            Long open = null;
            String[] current = null;
            try (PreparedStatement find = connection.prepareStatement("""
                    SELECT id, text, progress, progress_reason, state FROM progress_report
                    WHERE assignment_id = ? AND period = ? AND state <> 'APPROVED'""")) {
                find.setLong(1, item.assignmentId());
                find.setString(2, item.period().text());
                try (ResultSet result = find.executeQuery()) {
                    if (result.next()) {
                        open = result.getLong(1);
                        current = new String[] { result.getString(2), result.getString(3), result.getString(4), result.getString(5) };
                    }
                }
            }
            boolean submit = item.state() == ReportState.SUBMITTED;
            if (open == null) {
                if (approvedAsGiven(item, connection)) {
                    unchanged++;
                    continue;
                }
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO progress_report (assignment_id, period, period_start, text, progress, progress_reason, state,
                                                     submitted_at, first_submitted_at, author)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    insert.setLong(1, item.assignmentId());
                    insert.setString(2, item.period().text());
                    insert.setObject(3, item.period().start());
                    insert.setString(4, item.text());
                    insert.setInt(5, item.progress());
                    insert.setString(6, item.progressReason());
                    insert.setString(7, item.state().name());
                    insert.setObject(8, submit ? now : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(9, submit ? now : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setString(10, context.actorName());
                    insert.executeUpdate();
                }
                created++;
            } else if (item.text().equals(current[0]) && String.valueOf(item.progress()).equals(current[1])
                    && Objects.equals(item.progressReason(), current[2]) && item.state().name().equals(current[3])) {
                unchanged++;
            } else {
                try (PreparedStatement update = connection.prepareStatement("""
                        UPDATE progress_report SET text = ?, progress = ?, progress_reason = ?, state = ?,
                               submitted_at = CASE WHEN ? THEN ? ELSE submitted_at END,
                               first_submitted_at = CASE WHEN ? THEN coalesce(first_submitted_at, ?) ELSE first_submitted_at END,
                               version = version + 1, updated_at = now()
                        WHERE id = ?""")) {
                    update.setString(1, item.text());
                    update.setInt(2, item.progress());
                    update.setString(3, item.progressReason());
                    update.setString(4, item.state().name());
                    update.setBoolean(5, submit);
                    update.setObject(6, now);
                    update.setBoolean(7, submit);
                    update.setObject(8, now);
                    update.setLong(9, open);
                    update.executeUpdate();
                }
                updated++;
            }
        }
        return new Counts(created, updated, unchanged);
    }

    /** An approved report for the period with this very text and progress: importing it again changes nothing. */
    private static boolean approvedAsGiven(Item item, Connection connection) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("""
                SELECT 1 FROM progress_report WHERE assignment_id = ? AND period = ? AND state = 'APPROVED'
                AND text = ? AND progress = ?""")) {
            find.setLong(1, item.assignmentId());
            find.setString(2, item.period().text());
            find.setString(3, item.text());
            find.setInt(4, item.progress());
            try (ResultSet result = find.executeQuery()) {
                return result.next();
            }
        }
    }
}
