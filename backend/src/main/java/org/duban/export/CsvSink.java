package org.duban.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel opens Chinese text correctly. */
final class CsvSink implements TableSink {
    private final Writer out;
    private boolean headerWritten;

    CsvSink(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
    }

    @Override
    public void sheet(String name, List<Column> columns) throws IOException {
        if (!headerWritten) {
            line(columns.stream().map(Column::header).toList());
            headerWritten = true;
        }
    }

    @Override
    public void row(List<?> cells) throws IOException {
        line(cells);
    }

    private void line(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof Number n ? Cells.plain(n) : cell.toString();
        // a spreadsheet would run text starting with = + - @ as a formula
        if (!(cell instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
