package org.duban.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duban.importing.PlanDocumentPreview.Header;

/**
 * The layout of a Chinese government document that both {@link PlanDocumentParser} and
 * {@link PlanDocumentPreviewParser} read: its lines, the numbering of parts and work points, and the header block
 * (title, 文号, issuer, date).
 */
final class PlanDocumentSyntax {
    /** A part: "一、总体要求". */
    static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(.*)$");
    /** A work point: "1.", "1．" or "1、" — but not "1.5倍". */
    static final Pattern TASK = Pattern.compile("^(\\d{1,3})[.．、](?!\\d)\\s*(.*)$");

    /** "〔2024〕19号" and its variants with other brackets. */
    private static final String YEAR_AND_SERIAL = "[〔\\[［【(（]\\s*\\d{4}\\s*[〕\\]］】)）]\\s*\\d{1,5}\\s*号";
    private static final Pattern DOCUMENT_NUMBER_LABEL = Pattern.compile("(?:发文字号|文号)\\s*[:：]\\s*(\\S+?" + YEAR_AND_SERIAL + ")");
    private static final Pattern DOCUMENT_NUMBER_LINE = Pattern.compile("^(\\S{1,20}?" + YEAR_AND_SERIAL + ")$");
    private static final Pattern DOCUMENT_NUMBER_ANYWHERE = Pattern.compile(
            "(\\p{IsHan}{1,8}[〔\\[［【]\\s*\\d{4}\\s*[〕\\]］】]\\s*\\d{1,5}\\s*号)");
    private static final Pattern ISSUER_LABEL = Pattern.compile("(?:发布机构|发文机关)\\s*[:：]\\s*(\\S+?)(?:公文时效|主题分类|成文日期|\\s|$)");
    private static final Pattern ISSUE_DATE_LABEL = Pattern.compile("成文日期\\s*[:：]\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final String DATE_DIGITS = "[0-9〇零一二三四五六七八九十]";
    /** A line that is only a date, as under a signature: "2024年2月1日" or "二〇二四年二月一日". */
    static final Pattern DATE_LINE = Pattern.compile("^(" + DATE_DIGITS + "{4})\\s*年\\s*(" + DATE_DIGITS + "{1,3})\\s*月\\s*("
            + DATE_DIGITS + "{1,3})\\s*日$");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern ORGANISATION = Pattern.compile("^\\S{2,40}(?:政府|办公厅|办公室|委员会|厅|局|委|办|院|部|署|中心)$");
    private static final Pattern COVER_LETTER_TITLE = Pattern.compile("^关于.{2,80}的(?:通知|意见|决定|函)$");
    private static final Pattern DOCUMENT_KIND = Pattern.compile(".*(?:要点|方案|计划|规划|意见|安排|清单|任务)$");

    private PlanDocumentSyntax() {
    }

    /** The document's non-empty lines, stripped, with Windows line ends, NBSPs and ideographic spaces evened out. */
    static List<String> lines(String text) {
        String source = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\u3000', ' ')
                .replace("\ufeff", "");
        return source.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The header of a document whose first part starts at line {@code firstSection} (or -1 when it has none). The
     * labelled fields of a web page ("发文字号 :", "发布机构 :", "成文日期 :") win over the layout of the document itself.
     */
    static Header header(List<String> lines, int firstSection) {
        String all = String.join("\n", lines);
        int headerEnd = firstSection < 0 ? lines.size() : firstSection;
        String title = firstSection < 0 ? titleWithoutSections(lines) : titleBefore(lines, firstSection);
        return new Header(title, documentNumber(lines, all, headerEnd), issuer(lines, all, headerEnd),
                issueDate(lines, all, headerEnd));
    }

    /** The plan's year as its title states it ("青海省2024年…"), or null. */
    static Integer yearOf(String title) {
        if (title == null) {
            return null;
        }
        Matcher year = TITLE_YEAR.matcher(title);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** The text before the first full stop, without it; the whole text when it has none; at most 300 characters. */
    static String leadSentence(String content) {
        int stop = content.indexOf('。');
        String lead = stop < 0 ? content : content.substring(0, stop);
        return lead.length() <= 300 ? lead : lead.substring(0, 300);
    }

    /** "2024年2月1日" (or with Chinese digits) as a date; null when the line is no valid date. */
    static LocalDate dateLine(String line) {
        Matcher date = DATE_LINE.matcher(line);
        return date.matches() ? date(ChineseNumbers.parse(date.group(1)), ChineseNumbers.parse(date.group(2)),
                ChineseNumbers.parse(date.group(3))) : null;
    }

    static boolean looksLikeOrganisation(String line) {
        return line.length() <= 40 && ORGANISATION.matcher(line).matches();
    }

    /**
     * The plan's own title is the last short heading line before the preamble that precedes part 一.
     */
    private static String titleBefore(List<String> lines, int firstSection) {
        for (int i = firstSection - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.length() <= 60 && !line.endsWith("。") && !line.endsWith(":") && !line.endsWith("：")
                    && !line.endsWith(")") && !line.endsWith("）") && !line.matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日$")
                    && dateLine(line) == null) {
                return line;
            }
        }
        return null;
    }

    /** Without parts to anchor on, the first short line naming a kind of plan document, if any. */
    private static String titleWithoutSections(List<String> lines) {
        return lines.stream().limit(40)
                .filter(line -> line.length() <= 60 && DOCUMENT_KIND.matcher(line).matches()
                        && !COVER_LETTER_TITLE.matcher(line).matches())
                .findFirst().orElse(null);
    }

    private static String documentNumber(List<String> lines, String all, int headerEnd) {
        Matcher labelled = DOCUMENT_NUMBER_LABEL.matcher(all);
        if (labelled.find()) {
            return labelled.group(1);
        }
        for (int i = 0; i < headerEnd; i++) {
            Matcher line = DOCUMENT_NUMBER_LINE.matcher(lines.get(i));
            if (line.matches()) {
                return line.group(1);
            }
        }
        for (int i = 0; i < headerEnd; i++) {
            Matcher anywhere = DOCUMENT_NUMBER_ANYWHERE.matcher(lines.get(i));
            if (anywhere.find()) {
                return anywhere.group(1);
            }
        }
        return null;
    }

    /** The labelled 发布机构, else the signature above the date line, else the line above "关于…的通知". */
    private static String issuer(List<String> lines, String all, int headerEnd) {
        Matcher labelled = ISSUER_LABEL.matcher(all);
        if (labelled.find()) {
            return labelled.group(1);
        }
        for (int i = 1; i < headerEnd; i++) {
            if (dateLine(lines.get(i)) != null && looksLikeOrganisation(lines.get(i - 1))) {
                return lines.get(i - 1);
            }
        }
        for (int i = 1; i < headerEnd; i++) {
            if (COVER_LETTER_TITLE.matcher(lines.get(i)).matches() && looksLikeOrganisation(lines.get(i - 1))) {
                return lines.get(i - 1);
            }
        }
        return null;
    }

    /** The labelled 成文日期, else the first line in the header that is only a date. */
    private static LocalDate issueDate(List<String> lines, String all, int headerEnd) {
        Matcher labelled = ISSUE_DATE_LABEL.matcher(all);
        if (labelled.find()) {
            LocalDate date = date(Long.parseLong(labelled.group(1)), Long.parseLong(labelled.group(2)),
                    Long.parseLong(labelled.group(3)));
            if (date != null) {
                return date;
            }
        }
        for (int i = 0; i < headerEnd; i++) {
            LocalDate date = dateLine(lines.get(i));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** A date from its parts, or null when they make none. */
    static LocalDate date(long year, long month, long day) {
        try {
            return LocalDate.of(Math.toIntExact(year), Math.toIntExact(month), Math.toIntExact(day));
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
