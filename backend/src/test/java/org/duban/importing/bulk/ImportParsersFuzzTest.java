package org.duban.importing.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Jazzer fuzz tests of the bulk-import readers. Property: a file is either read row by row, or refused with
 * {@link RowSource.Unreadable} (the job then fails with that message); nothing else escapes — no NullPointerException,
 * IndexOutOfBounds, POI or Jackson internals — and no input hangs (30 s at most).
 * Every cell also goes through the typed readers of {@link ImportRow}, which record row errors instead of throwing.
 *
 * <p>In a normal run (regression mode) each test runs its seeds from {@code ImportParsersFuzzTestInputs/<method>/}.
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ImportParsersFuzzTest#csv} fuzzes one of them for its maxDuration
 * (scripts/fuzz.sh does that for each); a finding is written to that directory and so stays a regression test.
 */
class ImportParsersFuzzTest {
    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("duban-fuzz-import", ".bin");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] data) throws Exception {
        read(new CsvSource(null), data);
    }

    /** A CSV declared GB18030 (the charset= parameter), whatever its bytes. */
    @FuzzTest(maxDuration = "20s")
    void csvGb18030(byte[] data) throws Exception {
        read(new CsvSource(CsvSource.GB18030), data);
    }

    @FuzzTest(maxDuration = "30s")
    void json(byte[] data) throws Exception {
        read(new JsonSource(), data);
    }

    /**
     * Input starting with "PK" is taken as the file itself; anything else as the parts of a workbook, separated by NUL
     * bytes (first sheet, shared strings, styles, workbook), zipped into an otherwise well-formed package so that the
     * mutations reach POI's sheet reader rather than stopping at the zip's checksums.
     */
    @FuzzTest(maxDuration = "30s")
    void xlsx(byte[] data) throws Exception {
        read(new XlsxSource(), data.length >= 2 && data[0] == 'P' && data[1] == 'K' ? data : workbook(data));
    }

    private static void read(RowSource source, byte[] data) throws Exception {
        Files.write(file, data);
        ParserFuzzSupport.bounded(() -> readRows(source));
    }

    private static void readRows(RowSource source) throws IOException {
        List<List<String>> headers = new ArrayList<>();
        int[] lastRow = { 0 };
        try {
            source.read(file, new RowSource.Handler() {
                private Map<String, String> byKey = Map.of();

                @Override
                public void headers(List<String> names) {
                    if (!headers.isEmpty()) {
                        throw new AssertionError("headers given twice");
                    }
                    headers.add(names);
                    Map<String, String> keys = new java.util.HashMap<>();
                    names.forEach(name -> keys.put(name, name));
                    byKey = keys;
                }

                @Override
                public void row(int number, Map<String, String> cells) {
                    if (headers.isEmpty()) {
                        throw new AssertionError("a row before the headers");
                    }
                    if (number <= lastRow[0]) {
                        throw new AssertionError("row numbers must grow: " + number + " after " + lastRow[0]);
                    }
                    lastRow[0] = number;
                    List<ImportError> errors = new ArrayList<>();
                    ImportRow row = new ImportRow(number, cells, byKey, errors);
                    for (String key : cells.keySet()) {
                        row.text(key, 10);
                        row.decimal(key);
                        row.integer(key, 1, 99);
                        row.date(key);
                        row.bool(key);
                        row.choice(key, ImportJob.Format.class, Map.of("表格", ImportJob.Format.XLSX));
                    }
                }
            });
        } catch (RowSource.Unreadable expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an Unreadable without a message");
            }
        }
    }

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";
    static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";
    static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";
    static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    /** A workbook whose parts come from {@code data} (sheet, shared strings, styles, workbook; NUL-separated). */
    static byte[] workbook(byte[] data) {
        String[] parts = new String(data, StandardCharsets.UTF_8).split("\0", 4);
        String sheet = parts[0];
        String strings = parts.length > 1 ? parts[1]
                : "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"0\" uniqueCount=\"0\"/>";
        String styles = parts.length > 2 ? parts[2] : STYLES;
        String workbook = parts.length > 3 ? parts[3] : WORKBOOK;
        return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", ROOT_RELS, "xl/workbook.xml", workbook,
                "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, "xl/worksheets/sheet1.xml", sheet, "xl/sharedStrings.xml", strings,
                "xl/styles.xml", styles));
    }

    static byte[] zip(Map<String, String> entries) {
        return ParserFuzzSupport.zip(entries);
    }
}
