package org.duban.importing.bulk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.duban.common.FieldError;
import org.duban.metric.Metric;
import org.duban.metric.MetricDtos.ValueInput;
import org.duban.metric.MetricValueService;
import org.duban.metric.Period;
import org.duban.unit.UnitType;
import org.postgresql.copy.CopyIn;
import org.postgresql.core.BaseConnection;

/** Metric figures by (metric code, unit, period), held to the same rules as figures entered one by one. */
final class MetricValueImporter implements RowImporter<MetricValueImporter.Item> {
    record Item(long metricId, long unitId, Period period, ValueInput input) {
    }

    private static final Map<String, String> FIELD_COLUMNS = Map.of("unitId", "unitCode");

    private final Map<String, Metric> metrics = new HashMap<>();
    private final Map<Metric, Set<UnitType>> appliesTo = new HashMap<>();
    private UnitLookup units;
    private ImportContext context;

    @Override
    public void prepare(ImportContext context) {
        this.context = context;
        units = new UnitLookup(context.em());
        context.em().createQuery("from Metric where plan.id = ?1", Metric.class).setParameter(1, context.plan().id)
                .getResultList().forEach(metric -> {
                    metrics.put(metric.code, metric);
                    appliesTo.put(metric, metric.appliesToTypes());
                });
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
        List<FieldError> errors = new ArrayList<>(0);
        Period parsed = MetricValueService.check(metric, appliesTo.get(metric), unit.unitType(), period, input, "", errors);
        for (FieldError error : errors) {
            row.error(FIELD_COLUMNS.getOrDefault(error.field(), error.field()), error.message());
        }
        return row.failed() ? null : new Item(metric.id, unit.id(), parsed, input);
    }

    @Override
    public String key(Item item) {
        return item.metricId() + "/" + item.unitId() + "/" + item.period().text();
    }

    @Override
    public Counts apply(List<Item> items, Connection connection) throws SQLException {
        try (Staging<Item> staging = staging(connection)) {
            for (Item item : items) {
                staging.add(item);
            }
            return staging.apply();
        }
    }

    /**
     * Checked items are written in chunks by a second thread while the file is still being read: COPY
     * into a temporary table, then one upsert from it per chunk, a few large statements rather than
     * many small ones. A row whose figure is already stored as given is left alone (the WHERE of the
     * update), so re-importing a file changes nothing; RETURNING tells inserts (xmax = 0) from
     * updates, and rows not returned were unchanged. Nothing is final before the import's transaction
     * commits, which a row error anywhere in the file prevents.
     */
    @Override
    public Staging<Item> staging(Connection connection) throws SQLException {
        return new ChunkedStaging(connection.unwrap(BaseConnection.class));
    }

    private final class ChunkedStaging implements Staging<Item> {
        /** A chunk goes to the writer as soon as it is idle and the chunk has MIN_CHUNK rows, or when it has CHUNK. */
        static final int MIN_CHUNK = 2_000;
        static final int CHUNK = 25_000;

        /** The transaction's physical connection: the writer thread uses it while the reading thread does not. */
        private final BaseConnection connection;
        private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "duban-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        private final StringBuilder chunk = new StringBuilder(CHUNK * 64);
        private int chunkRows;
        private Future<Counts> pending;
        private Counts written = new Counts(0, 0, 0);

        ChunkedStaging(BaseConnection connection) throws SQLException {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TEMP TABLE import_metric_value (metric_id bigint, unit_id bigint, period varchar(7),
                            period_start date, value numeric(18, 4), numerator numeric(18, 4), denominator numeric(18, 4),
                            done boolean, done_date date, note varchar(1000)) ON COMMIT DROP""");
            }
        }

        @Override
        public void add(Item item) throws SQLException {
            ValueInput input = item.input();
            chunk.append(item.metricId()).append('\t').append(item.unitId()).append('\t').append(item.period().text())
                    .append('\t').append(item.period().start()).append('\t');
            number(input.value());
            number(input.numerator());
            number(input.denominator());
            field(input.done() == null ? null : input.done() ? "t" : "f");
            field(input.doneDate() == null ? null : input.doneDate().toString());
            text(input.note());
            chunk.append('\n');
            if (++chunkRows >= CHUNK || (chunkRows >= MIN_CHUNK && (pending == null || pending.isDone()))) {
                submit();
            }
        }

        private void number(BigDecimal value) {
            field(value == null ? null : value.toPlainString());
        }

        private void field(String value) {
            chunk.append(value == null ? "\\N" : value).append('\t');
        }

        /** The last column: COPY's text format escapes backslash, tab and line breaks. */
        private void text(String value) {
            if (value == null) {
                chunk.append("\\N");
                return;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> chunk.append("\\\\");
                    case '\t' -> chunk.append("\\t");
                    case '\n' -> chunk.append("\\n");
                    case '\r' -> chunk.append("\\r");
                    default -> chunk.append(c);
                }
            }
        }

        /** Hands the chunk to the writer once it has finished the previous one (at most one chunk is in flight). */
        private void submit() throws SQLException {
            awaitPending();
            byte[] rows = chunk.toString().getBytes(StandardCharsets.UTF_8);
            int count = chunkRows;
            chunk.setLength(0);
            chunkRows = 0;
            pending = writer.submit(() -> write(rows, count));
        }

        private Counts write(byte[] rows, int count) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE import_metric_value");
            }
            CopyIn copy = connection.getCopyAPI().copyIn("COPY import_metric_value FROM STDIN");
            try {
                copy.writeToCopy(rows, 0, rows.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                statement.setString(1, context.actorName());
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    int created = result.getInt(1);
                    int updated = result.getInt(2);
                    return new Counts(created, updated, count - created - updated);
                }
            }
        }

        private void awaitPending() throws SQLException {
            if (pending == null) {
                return;
            }
            Future<Counts> done = pending;
            pending = null;
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        written = written.plus(done.get());
                        return;
                    } catch (InterruptedException e) {
                        interrupted = true; // the statement must end before the transaction can roll back
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public Counts apply() throws SQLException {
            if (chunkRows > 0) {
                submit();
            }
            awaitPending();
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE import_metric_value");
            }
            return written;
        }

        @Override
        public void close() throws SQLException {
            try {
                awaitPending();
            } finally {
                writer.shutdown();
            }
        }
    }

    private static final String UPSERT = """
            WITH written AS (
                INSERT INTO metric_value (metric_id, unit_id, period, period_start, value, numerator, denominator, done,
                                          done_date, note, source, entered_by)
                SELECT metric_id, unit_id, period, period_start, value, numerator, denominator, done, done_date, note,
                       'IMPORT', ?
                FROM import_metric_value
                ON CONFLICT (metric_id, unit_id, period) DO UPDATE SET value = EXCLUDED.value,
                    numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, done = EXCLUDED.done,
                    done_date = EXCLUDED.done_date, note = EXCLUDED.note, source = 'IMPORT', entered_by = EXCLUDED.entered_by,
                    version = metric_value.version + 1, updated_at = now()
                WHERE (metric_value.value, metric_value.numerator, metric_value.denominator, metric_value.done,
                       metric_value.done_date, metric_value.note)
                   IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.done,
                       EXCLUDED.done_date, EXCLUDED.note)
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written""";
}
