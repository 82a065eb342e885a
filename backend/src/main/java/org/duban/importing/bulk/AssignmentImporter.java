package org.duban.importing.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duban.assignment.AssignmentRole;

/** Assignments by (task number, unit): created, or their role, due date and note updated. */
final class AssignmentImporter implements RowImporter<AssignmentImporter.Item> {
    record Item(long taskId, long unitId, AssignmentRole role, LocalDate dueDate, String note) {
    }

    private static final Map<String, AssignmentRole> ROLE_WORDS = Map.of("牵头", AssignmentRole.LEAD, "配合", AssignmentRole.CO);

    private final Map<String, Long> tasks = new HashMap<>();
    private UnitLookup units;
    private ImportContext context;

    @Override
    @SuppressWarnings("unchecked")
    public void prepare(ImportContext context) {
        this.context = context;
        units = new UnitLookup(context.em());
        for (Object[] r : (List<Object[]>) context.em().createNativeQuery("select number, id from task where plan_id = ?1")
                .setParameter(1, context.plan().id).getResultList()) {
            tasks.put((String) r[0], ((Number) r[1]).longValue());
        }
    }

    @Override
    public Item check(ImportRow row) {
        String number = row.required("taskNumber");
        Long task = number == null ? null : tasks.get(number);
        if (number != null && task == null) {
            row.error("taskNumber", "the plan has no task with this number");
        }
        UnitLookup.Unit unit = units.resolve(row, context);
        row.required("role");
        AssignmentRole role = row.choice("role", AssignmentRole.class, ROLE_WORDS);
        row.required("dueDate");
        LocalDate due = row.date("dueDate");
        String note = row.text("note", 1000);
        if (due != null && (due.getYear() < 2000 || due.getYear() > 2100)) {
            row.error("dueDate", "must lie between 2000 and 2100");
        }
        return row.failed() || task == null || unit == null ? null : new Item(task, unit.id(), role, due, note);
    }

    @Override
    public String key(Item item) {
        return item.taskId() + "/" + item.unitId();
    }

    @Override
    public Counts apply(List<Item> items, Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO assignment (task_id, unit_id, role, due_date, note) VALUES ");
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?)");
        }
        sql.append("""
                 ON CONFLICT (task_id, unit_id) DO UPDATE SET role = EXCLUDED.role, due_date = EXCLUDED.due_date,
                    note = EXCLUDED.note, version = assignment.version + 1, updated_at = now()
                 WHERE (assignment.role, assignment.due_date, assignment.note)
                    IS DISTINCT FROM (EXCLUDED.role, EXCLUDED.due_date, EXCLUDED.note)
                 RETURNING (xmax = 0) AS inserted""");
        int created = 0;
        int updated = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Item item : items) {
                statement.setLong(p++, item.taskId());
                statement.setLong(p++, item.unitId());
                statement.setString(p++, item.role().name());
                statement.setObject(p++, item.dueDate());
                statement.setString(p++, item.note());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (result.getBoolean(1)) {
                        created++;
                    } else {
                        updated++;
                    }
                }
            }
        }
        return new Counts(created, updated, items.size() - created - updated);
    }
}
