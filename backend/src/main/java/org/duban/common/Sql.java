package org.duban.common;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Read-side SQL for statistics and exports: named parameters ({@code :name}, always bound, never
 * concatenated) on the current transaction's connection, rows as simple maps. Nullable parameters
 * are written {@code CAST(:name AS type)} in the SQL so PostgreSQL knows their type.
 */
@ApplicationScoped
public class Sql {
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    private final EntityManager em;

    Sql(EntityManager em) {
        this.em = em;
    }

    /** One result row; numbers come back as the types asked for. */
    public record Row(Map<String, Object> values) {
        public Object get(String column) {
            if (!values.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            return values.get(column);
        }

        public String str(String column) {
            Object value = get(column);
            return value == null ? null : value.toString();
        }

        public Long lng(String column) {
            Object value = get(column);
            return value == null ? null : ((Number) value).longValue();
        }

        public long count(String column) {
            Long value = lng(column);
            return value == null ? 0 : value;
        }

        public Integer integer(String column) {
            Object value = get(column);
            return value == null ? null : ((Number) value).intValue();
        }

        public BigDecimal dec(String column) {
            Object value = get(column);
            return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        }

        public Double dbl(String column) {
            Object value = get(column);
            return value == null ? null : ((Number) value).doubleValue();
        }

        public LocalDate date(String column) {
            Object value = get(column);
            return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
        }

        public OffsetDateTime time(String column) {
            Object value = get(column);
            return value == null ? null
                    : value instanceof Timestamp t ? t.toInstant().atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) value;
        }

        public Boolean bool(String column) {
            return (Boolean) get(column);
        }
    }

    public List<Row> list(String sql, Map<String, ?> parameters) {
        List<Row> rows = new ArrayList<>();
        stream(sql, parameters, 0, rows::add);
        return rows;
    }

    /**
     * Hands each row to {@code sink} as it arrives; with a fetch size the driver reads the result in
     * chunks through a cursor, so a large export never holds all rows.
     */
    public void stream(String sql, Map<String, ?> parameters, int fetchSize, Consumer<Row> sink) {
        List<String> names = new ArrayList<>();
        String jdbc = positional(sql, names);
        em.unwrap(Session.class).doWork(connection -> run(connection, jdbc, names, parameters, fetchSize, sink));
    }

    /** Runs a statement that returns no rows; the number of rows it changed. */
    public int update(String sql, Map<String, ?> parameters) {
        List<String> names = new ArrayList<>();
        String jdbc = positional(sql, names);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
                bind(connection, statement, names, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /** The SQL with each :name replaced by ?, the names in order into {@code names}. */
    private static String positional(String sql, List<String> names) {
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return jdbc.toString();
    }

    /** Enums bind as their names, Long[] as a bigint[]. */
    private static void bind(Connection connection, PreparedStatement statement, List<String> names, Map<String, ?> parameters)
            throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            if (!parameters.containsKey(names.get(i))) {
                throw new IllegalArgumentException("SQL parameter :" + names.get(i) + " is not bound");
            }
            Object value = parameters.get(names.get(i));
            statement.setObject(i + 1, value instanceof Enum<?> e ? e.name()
                    : value instanceof Long[] ids ? connection.createArrayOf("bigint", ids) : value);
        }
    }

    private static void run(Connection connection, String sql, List<String> names, Map<String, ?> parameters, int fetchSize,
            Consumer<Row> sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, names, parameters);
            if (fetchSize > 0) {
                statement.setFetchSize(fetchSize);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        values.put(meta.getColumnLabel(c), result.getObject(c));
                    }
                    sink.accept(new Row(values));
                }
            }
        }
    }
}
