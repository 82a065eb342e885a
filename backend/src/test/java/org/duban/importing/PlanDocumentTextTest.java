package org.duban.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.duban.importing.PlanDocumentPreview.Preview;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class PlanDocumentTextTest {

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        document.close();
        return out.toByteArray();
    }

    /** A DOCX with one paragraph per line of {@code text}. */
    private static byte[] docx(String text) throws IOException {
        XWPFDocument document = new XWPFDocument();
        for (String line : text.split("\n", -1)) {
            document.createParagraph().createRun().setText(line);
        }
        return bytes(document);
    }

    @Test
    void theQinghaiPlanAsDocxGivesTheSamePreviewAsItsText() throws IOException {
        String text = PlanDocumentPreviewParserTest.qinghai2024();
        UnitDirectory units = PlanDocumentPreviewParserTest.qinghaiUnits();
        String fromDocx = PlanDocumentText.fromDocx(new ByteArrayInputStream(docx(text)));

        Preview expected = PlanDocumentPreviewParser.parse(text, units);
        assertEquals(expected, PlanDocumentPreviewParser.parse(fromDocx, units));
        assertEquals(26, PlanDocumentPreviewParserTest.tasks(expected).size());
    }

    @Test
    void theSyntheticPlanAsDocxGivesTheSamePreviewAsItsText() throws IOException {
        String text = PlanDocumentPreviewParserTest.SYNTHETIC;
        UnitDirectory units = PlanDocumentPreviewParserTest.dongchuanUnits();
        String fromDocx = PlanDocumentText.fromDocx(new ByteArrayInputStream(docx(text)));
        assertEquals(PlanDocumentPreviewParser.parse(text, units), PlanDocumentPreviewParser.parse(fromDocx, units));
    }

    @Test
    void tableCellsGiveALinePerParagraphRowByRow() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("一、重点任务");
        XWPFTable table = document.createTable(2, 2);
        table.getRow(0).getCell(0).setText("1.加强执法监督。");
        table.getRow(0).getCell(1).setText("牵头单位：省司法厅");
        table.getRow(1).getCell(0).setText("2.推进政务公开。");
        XWPFParagraph second = table.getRow(1).getCell(1).addParagraph();
        table.getRow(1).getCell(1).setText("2024年底前");
        second.createRun().setText("每年至少1次");
        document.createParagraph().createRun().setText("二、保障措施");

        String text = PlanDocumentText.fromDocx(new ByteArrayInputStream(bytes(document)));
        assertEquals(List.of("一、重点任务", "1.加强执法监督。", "牵头单位：省司法厅", "2.推进政务公开。", "2024年底前", "每年至少1次",
                "二、保障措施"), text.lines().filter(line -> !line.isEmpty()).toList());
    }

    @Test
    void wordsAutomaticNumbersAreWrittenOut() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        level(definition, 0, STNumberFormat.DECIMAL, "%1.");
        level(definition, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
        BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));

        document.createParagraph().createRun().setText("一、总体要求");
        numbered(document, list, 0, "第一项。");
        numbered(document, list, 1, "子项甲。");
        numbered(document, list, 1, "子项乙。");
        numbered(document, list, 0, "第二项。");
        numbered(document, list, 1, "子项丙。");

        String text = PlanDocumentText.fromDocx(new ByteArrayInputStream(bytes(document)));
        assertEquals(List.of("一、总体要求", "1.第一项。", "（一）子项甲。", "（二）子项乙。", "2.第二项。", "（一）子项丙。"),
                text.lines().toList());
    }

    private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    @Test
    void anythingButADocxIsRefused() throws IOException {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
            xlsx.createSheet("任务").createRow(0).createCell(0).setCellValue("1.任务");
            xlsx.write(workbook);
        }
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> refused = List.of(new byte[0], "一、总体要求\n1.工作。".getBytes(StandardCharsets.UTF_8),
                "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 },
                workbook.toByteArray(), plainZip.toByteArray());
        for (byte[] content : refused) {
            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                    () -> PlanDocumentText.fromDocx(new ByteArrayInputStream(content)));
            assertEquals("not a DOCX file", refusal.getMessage());
        }
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] minimal = docx("一、总体要求");
        // the same package with a document part that inflates 1000-fold: far beyond the ratio POI accepts
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb);
                java.util.zip.ZipInputStream original = new java.util.zip.ZipInputStream(new ByteArrayInputStream(minimal))) {
            for (ZipEntry entry = original.getNextEntry(); entry != null; entry = original.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(original.readAllBytes(), StandardCharsets.UTF_8);
                    zip.write(xml.replace("<w:body>", "<w:body>" + " ".repeat(20_000_000)).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(original.readAllBytes());
                }
            }
        }
        assertTrue(bomb.size() < 200_000, "compressed to " + bomb.size());
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> PlanDocumentText.fromDocx(new ByteArrayInputStream(bomb.toByteArray())));
        assertTrue(refusal.getMessage().startsWith("DOCX file rejected"), refusal.getMessage());
    }
}
