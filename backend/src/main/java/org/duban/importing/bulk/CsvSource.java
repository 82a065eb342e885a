package org.duban.importing.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, comma or semicolon-free).
 * The encoding is UTF-8 (with or without BOM) or GB18030, which Chinese offices' spreadsheets still
 * export: given, or detected by checking whether the whole file is valid UTF-8.
 */
public final class CsvSource implements RowSource {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private final Charset charset;

    /** {@code charset} null means detect. */
    public CsvSource(Charset charset) {
        this.charset = charset;
    }

    /** UTF-8 when the file has a UTF-8 BOM or decodes as UTF-8 without error, else GB18030. */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return StandardCharsets.UTF_8;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
            CharBuffer out = CharBuffer.allocate(chunk.length * 2);
            int read;
            while ((read = in.read(chunk)) > 0) {
                pending.put(chunk, 0, read).flip();
                var result = decoder.decode(pending, out, false);
                if (result.isError()) {
                    return GB18030;
                }
                pending.compact();
                out.clear();
            }
            pending.flip();
            if (decoder.decode(pending, out, true).isError() || decoder.flush(out).isError()) {
                return GB18030;
            }
        } catch (CharacterCodingException e) {
            return GB18030;
        }
        return StandardCharsets.UTF_8;
    }

    public Charset charsetFor(Path file) throws IOException {
        return charset != null ? charset : detect(file);
    }

    @Override
    public void read(Path file, Handler handler) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charsetFor(file))) {
            Records records = new Records(reader);
            List<String> headers = null;
            int line = 0;
            List<String> record;
            while ((record = records.next()) != null) {
                line++;
                if (headers == null) {
                    headers = new ArrayList<>();
                    for (String header : record) {
                        headers.add(header.replace("\uFEFF", "").strip());
                    }
                    handler.headers(headers);
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // blank line
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(headers.size(), record.size()); i++) {
                    String value = RowSource.clean(record.get(i));
                    if (value != null) {
                        cells.put(headers.get(i), value);
                    }
                }
                handler.row(line, cells);
            }
            if (headers == null) {
                throw new Unreadable("the file is empty: the first line must name the columns");
            }
        }
    }

    /** Splits the text into records, reading it through a buffer of its own (a Reader's read() per character is slow). */
    static final class Records {
        private final Reader reader;
        private final char[] buffer = new char[64 * 1024];
        private final StringBuilder field = new StringBuilder();
        private int position;
        private int limit;

        Records(Reader reader) {
            this.reader = reader;
        }

        private int read() throws IOException {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        private int peek() throws IOException {
            int c = read();
            if (c != -1) {
                position--;
            }
            return c;
        }

        /** One record, or null at the end of the input. */
        List<String> next() throws IOException {
            List<String> fields = new ArrayList<>();
            field.setLength(0);
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = read()) != -1) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            field.append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    fields.add(field.toString());
                    return fields;
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (!any) {
                return null;
            }
            if (quoted) {
                throw new Unreadable("a quoted field is not closed before the end of the file");
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
