package org.duban.importing.bulk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads an import file row by row without holding it: the handler gets the headers as written,
 * then each row as header → cell text (trimmed; empty cells absent). Row numbers are those a person
 * sees: the header is row 1 of a sheet or CSV, the first object of a JSON array is row 1.
 */
public interface RowSource {
    interface Handler {
        void headers(List<String> headers);

        void row(int number, Map<String, String> cells);
    }

    void read(Path file, Handler handler) throws IOException;

    /** A file that cannot be read as its format: the job fails with this message. */
    class Unreadable extends IOException {
        public Unreadable(String message) {
            super(message);
        }
    }

    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String trimmed = cell.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
