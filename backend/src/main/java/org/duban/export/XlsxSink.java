package org.duban.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only a window of rows stays in memory, the rest goes to a
 * temporary file until the workbook is written. Every sheet has a bold header row frozen in place,
 * column widths, and number, percentage and date formats.
 */
final class XlsxSink implements TableSink {
    private static final int ROWS_IN_MEMORY = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle date;
    private final Set<String> sheetNames = new HashSet<>();
    private SXSSFSheet sheet;
    private List<Column> columns;
    private int nextRow;

    XlsxSink(OutputStream out, String title) {
        this.out = out;
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        integer = style("0");
        decimal = style("#,##0.####");
        percent = style("0.0\"%\"");
        date = style("yyyy-mm-dd");
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Override
    public void sheet(String name, List<Column> columns) {
        this.columns = columns;
        sheet = workbook.createSheet(uniqueName(name));
        nextRow = 0;
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Sheet names are at most 31 characters, without []:*?/\ and unique in the workbook. */
    private String uniqueName(String name) {
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet" : name);
        String candidate = base;
        for (int n = 2; !sheetNames.add(candidate); n++) {
            String suffix = " (" + n + ")";
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    @Override
    public void row(List<?> cells) {
        if (sheet == null) {
            throw new IllegalStateException("sheet() first");
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            Column.Kind kind = i < columns.size() ? columns.get(i).kind() : Column.Kind.TEXT;
            if (value instanceof Number number && kind != Column.Kind.TEXT) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(switch (kind) {
                    case INTEGER -> integer;
                    case PERCENT -> percent;
                    default -> decimal;
                });
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(Cells.text(value, columns.get(Math.min(i, columns.size() - 1))));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
