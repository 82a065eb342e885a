package org.duban.importing.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duban.common.FieldError;
import org.duban.metric.Metric;
import org.duban.metric.MetricDtos.ValueInput;
import org.duban.metric.MetricValueService;
import org.duban.metric.Period;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.UnitType;

/** Metric figures by (metric code, unit, period), held to the same rules as figures entered one by one. */
final class MetricValueImporter implements RowImporter<MetricValueImporter.Item> {
    record Item(long metricId, long unitId, Period period, ValueInput input) {
    }

    private static final Map<String, String> FIELD_COLUMNS = Map.of("unitId", "unitCode");

    private final Map<String, Metric> metrics = new HashMap<>();
    private UnitLookup units;
    private ImportContext context;

    @Override
    public void prepare(ImportContext context) {
        this.context = context;
        units = new UnitLookup(context.em());
        context.em().createQuery("from Metric where plan.id = ?1", Metric.class).setParameter(1, context.plan().id)
                .getResultList().forEach(metric -> metrics.put(metric.code, metric));
    }

    @Override
    public Item check(ImportRow row) {
        String code = row.required("metricCode");
        Metric metric = code == null ? null : metrics.get(code);
        if (code != null && metric == null) {
            row.error("metricCode", "the plan has no metric with this code");
        }
        UnitLookup.Unit unit = units.resolve(row, context);
        String period = row.required("period");
        ValueInput input = new ValueInput(row.decimal("value"), row.decimal("numerator"), row.decimal("denominator"),
                row.bool("done"), row.date("doneDate"), row.text("note", 1000));
        if (metric == null || unit == null || period == null || row.failed()) {
            return null;
        }
        ResponsibilityUnit asEntity = new ResponsibilityUnit();
        asEntity.id = unit.id();
        asEntity.type = UnitType.valueOf(unit.type());
        List<FieldError> errors = new ArrayList<>();
        Period parsed = MetricValueService.check(metric, asEntity, period, input, "", errors);
        for (FieldError error : errors) {
            row.error(FIELD_COLUMNS.getOrDefault(error.field(), error.field()), error.message());
        }
        return row.failed() ? null : new Item(metric.id, unit.id(), parsed, input);
    }

    @Override
    public String key(Item item) {
        return item.metricId() + "/" + item.unitId() + "/" + item.period().text();
    }

    /**
     * One multi-row upsert per batch; a row whose figure is already stored as given is left alone
     * (the WHERE of the update), so re-importing a file changes nothing. RETURNING tells inserts
     * (xmax = 0) from updates; rows not returned were unchanged.
     */
    @Override
    public Counts apply(List<Item> items, Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO metric_value (metric_id, unit_id, period, period_start, value, numerator, denominator, done,
                                          done_date, note, source, entered_by) VALUES """);
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?)");
        }
        sql.append("""
                 ON CONFLICT (metric_id, unit_id, period) DO UPDATE SET value = EXCLUDED.value,
                    numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, done = EXCLUDED.done,
                    done_date = EXCLUDED.done_date, note = EXCLUDED.note, source = 'IMPORT', entered_by = EXCLUDED.entered_by,
                    version = metric_value.version + 1, updated_at = now()
                 WHERE (metric_value.value, metric_value.numerator, metric_value.denominator, metric_value.done,
                        metric_value.done_date, metric_value.note)
                    IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.done,
                        EXCLUDED.done_date, EXCLUDED.note)
                 RETURNING (xmax = 0) AS inserted""");
        int created = 0;
        int updated = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Item item : items) {
                statement.setLong(p++, item.metricId());
                statement.setLong(p++, item.unitId());
                statement.setString(p++, item.period().text());
                statement.setObject(p++, item.period().start());
                statement.setBigDecimal(p++, item.input().value());
                statement.setBigDecimal(p++, item.input().numerator());
                statement.setBigDecimal(p++, item.input().denominator());
                statement.setObject(p++, item.input().done(), java.sql.Types.BOOLEAN);
                statement.setObject(p++, item.input().doneDate(), java.sql.Types.DATE);
                statement.setString(p++, item.input().note());
                statement.setString(p++, context.actorName());
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
