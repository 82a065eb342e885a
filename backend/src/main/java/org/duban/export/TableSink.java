package org.duban.export;

import java.io.IOException;
import java.util.List;

/**
 * Where an export's rows go, one at a time, so that nothing holds the whole export: a sheet (or a
 * titled table in a PDF) starts with {@link #sheet}, rows follow. Cells are String, Number,
 * LocalDate or null. In CSV every sheet must have the same columns; the header is written once.
 */
public interface TableSink extends AutoCloseable {
    void sheet(String name, List<Column> columns) throws IOException;

    void row(List<?> cells) throws IOException;

    /** A paragraph of text in documents; a one-cell row in spreadsheets. */
    default void paragraph(String text) throws IOException {
        row(List.of(text));
    }

    /** Finishes the file; the output stream stays open for the caller. */
    @Override
    void close() throws IOException;
}
