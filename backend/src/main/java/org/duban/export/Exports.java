package org.duban.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.duban.common.Downloads;

/**
 * Builds download answers: the rows are produced while the body is written, straight into the
 * chosen format, so an export of any size streams. Access checks and argument validation belong
 * before this point — once streaming starts the status is 200.
 */
@ApplicationScoped
public class Exports {
    private final PdfFonts fonts;

    Exports(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes rows into a sink; runs while the response body is written. */
    @FunctionalInterface
    public interface Producer {
        void write(TableSink sink) throws IOException;
    }

    public TableSink open(ExportFormat format, OutputStream out, String title, List<String> subtitle, boolean landscape)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvSink(out);
            case XLSX -> new XlsxSink(out, title);
            case PDF -> new PdfSink(out, fonts.font(), title, subtitle, landscape);
        };
    }

    public Response download(ExportFormat format, String fileName, String title, List<String> subtitle, boolean landscape,
            Producer producer) {
        if (format == ExportFormat.PDF) {
            fonts.font(); // fail with 503 before streaming starts
        }
        StreamingOutput body = out -> {
            try (TableSink sink = open(format, out, title, subtitle, landscape)) {
                producer.write(sink);
            }
        };
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", Downloads.attachment(fileName + "." + format.extension()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Writes a document of headed parts: headings and paragraphs in a PDF, rows of (part, paragraph) in a spreadsheet. */
    public static void document(TableSink sink, List<Part> parts, String partHeader, String textHeader) throws IOException {
        if (sink instanceof PdfSink pdf) {
            for (Part part : parts) {
                pdf.heading(part.heading());
                for (String paragraph : part.paragraphs()) {
                    pdf.paragraph(paragraph);
                }
            }
            return;
        }
        sink.sheet("报告", List.of(Column.text(partHeader, 28), Column.text(textHeader, 120)));
        for (Part part : parts) {
            for (String paragraph : part.paragraphs()) {
                sink.row(List.of(part.heading(), paragraph));
            }
        }
    }

    public record Part(String heading, List<String> paragraphs) {
        public static Part of(String heading, String text) {
            return new Part(heading, text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
    }
}
