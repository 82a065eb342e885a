package org.duban.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duban.plan.ChineseNumerals;

/**
 * The plain text of an uploaded plan document, for {@link PlanDocumentPreviewParser}: one line per paragraph, as if the
 * document had been saved as text.
 */
public final class PlanDocumentText {
    /** No entry of a DOCX may expand beyond this; a plan document's XML is a few hundred kilobytes. */
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

    static {
        // Zip-bomb guards. They are process-wide settings of POI, and apply to every OOXML file it opens.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private PlanDocumentText() {
    }

    /**
     * The text of a Word (.docx) document: a line per paragraph of the body, table cells included (a line per
     * paragraph in a cell, row by row), and numbers that Word generates for numbered paragraphs written out ("1.",
     * "（一）") as they would appear on paper.
     *
     * @throws IllegalArgumentException "not a DOCX file" for anything else (a .doc, a PDF, a spreadsheet, garbage), or
     *                                  when the file expands suspiciously far (a zip bomb)
     */
    public static String fromDocx(InputStream in) {
        try (XWPFDocument document = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            new Lines(text).body(document.getBodyElements());
            return text.toString();
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new IllegalArgumentException("DOCX file rejected: it expands too far when unzipped", e);
            }
            throw new IllegalArgumentException("not a DOCX file", e);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max. ratio")
                    || message.contains("exceed the max size"))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the lines, counting Word's automatic numbering along the way. */
    private static final class Lines {
        private final StringBuilder text;
        /** The counters of each numbering list, by level. */
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        Lines(StringBuilder text) {
            this.text = text;
        }

        void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    line(number(paragraph) + paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            body(cell.getBodyElements());
                        }
                    }
                } else if (element instanceof XWPFSDT contentControl) {
                    line(contentControl.getContent().getText());
                }
            }
        }

        private void line(String line) {
            text.append(line).append('\n');
        }

        /**
         * The number Word shows before a paragraph of a numbered list, e.g. "3." for a decimal list with level text
         * "%1."; empty for bullets or when the numbering cannot be read.
         */
        private String number(XWPFParagraph paragraph) {
            try {
                BigInteger list = paragraph.getNumID();
                String levelText = paragraph.getNumLevelText();
                String format = paragraph.getNumFmt();
                if (list == null || levelText == null || format == null || format.equals("bullet") || format.equals("none")) {
                    return "";
                }
                int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, Math.max(0, paragraph.getNumIlvl().intValue()));
                int[] count = counters.computeIfAbsent(list, id -> new int[9]);
                if (count[level] == 0 && paragraph.getNumStartOverride() != null) {
                    count[level] = paragraph.getNumStartOverride().intValue() - 1;
                }
                count[level]++;
                for (int deeper = level + 1; deeper < count.length; deeper++) {
                    count[deeper] = 0;
                }
                String number = levelText;
                for (int k = 0; k <= level; k++) {
                    number = number.replace("%" + (k + 1), format(Math.max(1, count[k]), k == level ? format : "decimal"));
                }
                return number;
            } catch (RuntimeException e) {
                return ""; // a broken numbering definition costs the number, not the text
            }
        }

        private static String format(int value, String format) {
            return switch (format) {
                case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                        "taiwaneseCounting", "japaneseCounting" -> value <= 99 ? ChineseNumerals.of(value) : Integer.toString(value);
                case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> value <= 20
                        ? String.valueOf((char) ('①' + value - 1)) : Integer.toString(value);
                case "lowerLetter" -> value <= 26 ? String.valueOf((char) ('a' + value - 1)) : Integer.toString(value);
                case "upperLetter" -> value <= 26 ? String.valueOf((char) ('A' + value - 1)) : Integer.toString(value);
                default -> Integer.toString(value);
            };
        }
    }
}
