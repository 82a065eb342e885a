package org.duban.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvSinkTest {
    @Test
    void quotesWhatNeedsItAndDefusesFormulas() {
        assertEquals("\"a,b\"", CsvSink.quote("a,b"));
        assertEquals("\"说\"\"明\"\"\"", CsvSink.quote("说\"明\""));
        assertEquals("\"第一行\n第二行\"", CsvSink.quote("第一行\n第二行"));
        assertEquals("'=SUM(A1:A3)", CsvSink.quote("=SUM(A1:A3)"));
        assertEquals("'@cmd", CsvSink.quote("@cmd"));
        assertEquals("-3", CsvSink.quote(-3), "numbers are not text formulas");
        assertEquals("12.5", CsvSink.quote(new BigDecimal("12.5000")));
        assertEquals("", CsvSink.quote(null));
    }

    @Test
    void writesABomOneHeaderAndCrlfRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSink sink = new CsvSink(out)) {
            List<Column> columns = List.of(Column.text("单位", 10), Column.integer("数量"), Column.date("日期"));
            sink.sheet("第一部分", columns);
            sink.row(Arrays.asList("西宁市", 3, LocalDate.of(2024, 6, 30)));
            sink.sheet("第二部分", columns);
            sink.row(Arrays.asList("海东市, 东部", null, null));
        }
        assertEquals("\uFEFF单位,数量,日期\r\n西宁市,3,2024-06-30\r\n\"海东市, 东部\",,\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
