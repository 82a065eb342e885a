package org.duban.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * PDF on A4 landscape with the CJK font embedded. Tables are added in chunks (an incomplete
 * PdfPTable is flushed to the page every CHUNK rows), so a long table never sits in memory whole;
 * the header row repeats on every page.
 */
final class PdfSink implements TableSink {
    private static final int CHUNK = 100;

    private final Document document;
    private final Font titleFont;
    private final Font headingFont;
    private final Font headerFont;
    private final Font bodyFont;
    private PdfPTable table;
    private List<Column> columns;
    private int pending;

    PdfSink(OutputStream out, BaseFont font, String title, List<String> subtitle, boolean landscape) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(title);
        document.addCreator("Duban");
        titleFont = new Font(font, 16, Font.BOLD);
        headingFont = new Font(font, 13, Font.BOLD);
        headerFont = new Font(font, 9, Font.BOLD);
        bodyFont = new Font(font, landscape ? 9 : 11);
        document.open();
        Paragraph heading = new Paragraph(title, titleFont);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(6);
        add(heading);
        for (String line : subtitle) {
            Paragraph paragraph = new Paragraph(line, new Font(font, 10));
            paragraph.setAlignment(Element.ALIGN_CENTER);
            add(paragraph);
        }
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF", e);
        }
    }

    @Override
    public void sheet(String name, List<Column> columns) {
        finishTable();
        this.columns = columns;
        if (name != null && !name.isBlank()) {
            Paragraph heading = new Paragraph(name, headingFont);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(6);
            add(heading);
        }
        table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setWidths(columns.stream().mapToInt(c -> Math.max(4, c.width())).toArray());
        table.setHeaderRows(1);
        table.setComplete(false);
        for (Column column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.header(), headerFont));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        pending = 0;
    }

    @Override
    public void row(List<?> cells) {
        for (int i = 0; i < columns.size(); i++) {
            Object value = i < cells.size() ? cells.get(i) : null;
            PdfPCell cell = new PdfPCell(new Phrase(Cells.text(value, columns.get(i)), bodyFont));
            if (value instanceof Number) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        if (++pending >= CHUNK) {
            add(table);
            pending = 0;
        }
    }

    /** Documents: a heading, then paragraphs. */
    void heading(String text) {
        finishTable();
        Paragraph heading = new Paragraph(text, headingFont);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        add(heading);
    }

    @Override
    public void paragraph(String text) {
        finishTable();
        Paragraph paragraph = new Paragraph(text, bodyFont);
        paragraph.setFirstLineIndent(22);
        paragraph.setLeading(bodyFont.getSize() * 1.7f);
        paragraph.setSpacingAfter(4);
        add(paragraph);
    }

    private void finishTable() {
        if (table != null) {
            table.setComplete(true);
            add(table);
            table = null;
        }
    }

    @Override
    public void close() throws IOException {
        finishTable();
        document.close();
    }
}
