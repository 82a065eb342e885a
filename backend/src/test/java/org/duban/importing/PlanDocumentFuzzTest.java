package org.duban.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.duban.importing.PlanDocumentPreview.Preview;
import org.duban.importing.bulk.ParserFuzzSupport;
import org.junit.jupiter.api.BeforeAll;

/**
 * Jazzer fuzz tests of the plan-document parser. Properties: the lenient preview parser
 * ({@link PlanDocumentPreviewParser}) never throws on any text; the strict parser ({@link PlanDocumentParser}) either
 * reads a plan or refuses the text with an {@link IllegalArgumentException} (its "no parts" message); a DOCX is read or
 * refused with {@link PlanDocumentText#fromDocx}'s IllegalArgumentException, which the service answers as a 400 — and
 * no input hangs. Seeds: {@code PlanDocumentFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes (see
 * scripts/fuzz.sh).
 */
class PlanDocumentFuzzTest {
    private static UnitDirectory units;

    @BeforeAll
    static void load() throws IOException {
        units = PlanDocumentPreviewParserTest.qinghaiUnits();
    }

    /** The body of POST /plan-documents/preview as text/plain, decoded as the service does. */
    @FuzzTest(maxDuration = "30s")
    void text(byte[] data) throws Exception {
        ParserFuzzSupport.bounded(() -> parseText(data));
    }

    private static void parseText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Preview preview = PlanDocumentPreviewParser.parse(text, units);
        if (preview == null || preview.sections() == null || preview.warnings() == null) {
            throw new AssertionError("the preview parser answered an incomplete preview");
        }
        try {
            PlanDocumentParser.parse(text);
        } catch (IllegalArgumentException refused) {
            // the strict reading refuses a text without parts numbered 一、二、…
        }
    }

    /**
     * Input starting with "PK" is the DOCX file itself; anything else is the package's word/document.xml, optionally
     * followed by a NUL and word/numbering.xml, zipped into an otherwise well-formed package.
     */
    @FuzzTest(maxDuration = "30s")
    void docx(byte[] data) throws Exception {
        ParserFuzzSupport.bounded(() -> parseDocx(data));
    }

    private static void parseDocx(byte[] data) {
        byte[] file = data.length >= 2 && data[0] == 'P' && data[1] == 'K' ? data : document(data);
        String text;
        try {
            text = PlanDocumentText.fromDocx(new ByteArrayInputStream(file));
        } catch (IllegalArgumentException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal without a message");
            }
            return;
        }
        PlanDocumentPreviewParser.parse(text, units);
    }

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
            + "</Types>";
    static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";
    static final String DOCUMENT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
            + "</Relationships>";
    static final String NUMBERING = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
            + "<w:lvlText w:val=\"%1、\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

    static byte[] document(byte[] data) {
        String[] parts = new String(data, StandardCharsets.UTF_8).split("\0", 2);
        return ParserFuzzSupport.zip(Map.of("[Content_Types].xml", CONTENT_TYPES,
                "_rels/.rels", ROOT_RELS, "word/_rels/document.xml.rels", DOCUMENT_RELS, "word/document.xml", parts[0],
                "word/numbering.xml", parts.length > 1 ? parts[1] : NUMBERING));
    }
}
