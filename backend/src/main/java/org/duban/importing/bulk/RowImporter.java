package org.duban.importing.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One kind of import: checks a row into an item (recording errors on the row), names the item's
 * natural key (a file may not name one thing twice), and writes a batch of checked items in the
 * open transaction, saying how many rows it created, changed, or found as they were.
 */
interface RowImporter<T> {
    /** Loads what rows refer to (units by code, the plan's tasks …), once per pass. */
    void prepare(ImportContext context);

    /** The item of a row, or null when the row has errors (recorded on the row). */
    T check(ImportRow row);

    String key(T item);

    Counts apply(List<T> items, Connection connection) throws SQLException;

    /**
     * Optionally, a staging area in the open transaction that takes items while the file is being
     * checked, so the file is read only once; it may write before {@code apply()}, as the transaction
     * rolls back when any row fails. Null when the importer has none: the runner then reads the file
     * again to write it in batches.
     */
    default Staging<T> staging(Connection connection) throws SQLException {
        return null;
    }

    interface Staging<T> extends AutoCloseable {
        void add(T item) throws SQLException;

        /** Writes everything added that is not written yet; called once, and only when no row failed. */
        Counts apply() throws SQLException;

        /** Abandons what was not applied; the transaction is about to roll back. */
        @Override
        void close() throws SQLException;
    }

    record Counts(int created, int updated, int unchanged) {
        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged);
        }
    }
}
