package org.duban.importing.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed through POI's SAX event API so that a 100,000-row
 * sheet never becomes a full object model. Dates come out ISO (2024-06-30) whatever their format;
 * zip bombs are refused by POI's inflate-ratio and entry-size guards.
 */
public final class XlsxSource implements RowSource {
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    /** Formats date cells as ISO dates, everything else as Excel shows it (without thousands separators for plain numbers). */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if ("General".equals(formatString) || formatIndex == 0) {
                return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing).replace(",", "");
        }
    }

    @Override
    public void read(Path file, Handler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("the workbook has no sheet");
            }
            Rows rows = new Rows(handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (HandlerFailure e) {
                    throw (RuntimeException) e.getCause(); // the import's own handler failed, not the workbook
                } catch (BadSheet e) {
                    throw e;
                } catch (RuntimeException e) {
                    // POI's sheet handler on a malformed attribute (a row number r="1x", a style index…) throws what
                    // it meets: NumberFormatException, IndexOutOfBoundsException and the like
                    throw new Unreadable("the workbook cannot be read: the first sheet holds a malformed value");
                }
            }
            if (!rows.headersGiven) {
                throw new Unreadable("the first sheet is empty: its first row must name the columns");
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new Unreadable(zipBomb(e) ? EXPANDS_TOO_FAR : "not an XLSX workbook");
        } catch (Unreadable e) {
            throw e;
        } catch (BadSheet e) {
            throw new Unreadable("the workbook cannot be read: " + e.getMessage());
        } catch (IOException e) {
            if (zipBomb(e)) { // POI's inflate-ratio guard stops the read with an IOException
                throw new Unreadable(EXPANDS_TOO_FAR);
            }
            // POI reports a damaged part (an empty or truncated shared-strings table, say) as an IOException too
            throw new Unreadable("the workbook cannot be read: " + e.getMessage());
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new Unreadable("the workbook cannot be read: " + e.getMessage());
        } catch (IllegalStateException | org.apache.poi.util.RecordFormatException | org.apache.poi.ooxml.POIXMLException e) {
            // POI's zip-bomb guard and damaged packages (a part missing, a broken relation) end up here
            throw new Unreadable(zipBomb(e) ? EXPANDS_TOO_FAR : "the workbook cannot be read: " + e.getMessage());
        }
    }

    private static final String EXPANDS_TOO_FAR = "the workbook expands too far when unpacked (more than 100 times its size): refused";

    /** Whether POI refused the package because it inflates suspiciously far. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** What the sheet handler finds wrong with the sheet itself; read() reports it as {@link Unreadable}. */
    private static final class BadSheet extends RuntimeException {
        BadSheet(String message) {
            super(message, null, false, false);
        }
    }

    /** Carries an exception of the import's handler through the SAX parser, so that it is not taken for a damaged sheet. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Collects the cells of each row and hands complete rows on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private final List<String> headers = new ArrayList<>();
        private final TreeMap<Integer, String> cells = new TreeMap<>();
        boolean headersGiven;

        Rows(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference != null) {
                int column;
                try {
                    column = new CellReference(reference).getCol();
                } catch (IllegalArgumentException e) { // r="…" that names no cell
                    throw new BadSheet("a cell has the invalid reference " + (reference.length() > 20 ? reference.substring(0, 20) + "…" : reference));
                }
                cells.put(column, formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!headersGiven) {
                if (cells.isEmpty()) {
                    return;
                }
                int last = cells.lastKey();
                for (int i = 0; i <= last; i++) {
                    String header = cells.get(i);
                    headers.add(header == null ? "" : header.strip());
                }
                try {
                    handler.headers(headers);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
                headersGiven = true;
                return;
            }
            Map<String, String> row = new LinkedHashMap<>();
            cells.forEach((column, value) -> {
                String clean = RowSource.clean(value);
                if (column < headers.size() && clean != null && !headers.get(column).isEmpty()) {
                    row.put(headers.get(column), clean);
                }
            });
            if (!row.isEmpty()) {
                try {
                    handler.row(rowNum + 1, row);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }
        }
    }
}
