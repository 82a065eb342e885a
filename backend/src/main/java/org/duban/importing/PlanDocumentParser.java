package org.duban.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duban.plan.ChineseNumerals;

/**
 * Reads a published plan document (工作要点) as plain text: the header's metadata, the parts numbered
 * 一、二、… and the work points numbered 1. 2. … under them. A work point's title is its lead sentence.
 */
public final class PlanDocumentParser {
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");
    private static final Pattern TASK = Pattern.compile("^(\\d{1,3})[.．、](.+)$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("发文字号\\s*[:：]\\s*(\\S+?〔\\d{4}〕\\d+号)");
    private static final Pattern ISSUER = Pattern.compile("发布机构\\s*[:：]\\s*(\\S+?)(?:公文时效|\\s|$)");
    private static final Pattern ISSUE_DATE = Pattern.compile("成文日期\\s*[:：]\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})年");

    public record ParsedTask(String number, int position, String title, String content) {
    }

    public record ParsedSection(int number, String title, List<ParsedTask> tasks) {
    }

    public record ParsedPlan(String title, Integer year, String issuer, String documentNumber, LocalDate issueDate,
            List<ParsedSection> sections, String sourceText) {
    }

    private PlanDocumentParser() {
    }

    public static ParsedPlan parse(String text) {
        String source = text.replace("\r\n", "\n").replace('\u00a0', ' ');
        List<String> lines = source.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();

        List<ParsedSection> sections = new ArrayList<>();
        List<ParsedTask> currentTasks = null;
        String title = null;
        int position = 0;
        int expectedSection = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher section = SECTION.matcher(line);
            Matcher task = TASK.matcher(line);
            if (section.matches() && ChineseNumerals.parse(section.group(1)) == expectedSection) {
                if (title == null) {
                    title = titleBefore(lines, i);
                }
                currentTasks = new ArrayList<>();
                sections.add(new ParsedSection(expectedSection++, section.group(2).strip(), currentTasks));
            } else if (task.matches() && currentTasks != null) {
                String content = task.group(2).strip();
                currentTasks.add(new ParsedTask(task.group(1), position++, leadSentence(content), content));
            } else if (currentTasks != null && !currentTasks.isEmpty() && sections.size() > 0) {
                // a work point that runs over several paragraphs
                ParsedTask last = currentTasks.remove(currentTasks.size() - 1);
                currentTasks.add(new ParsedTask(last.number(), last.position(), last.title(), last.content() + "\n" + line));
            }
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("no parts numbered 一、二、… were found");
        }
        Integer year = null;
        if (title != null) {
            Matcher yearMatch = TITLE_YEAR.matcher(title);
            year = yearMatch.find() ? Integer.valueOf(yearMatch.group(1)) : null;
        }
        return new ParsedPlan(title, year, find(ISSUER, source), find(DOCUMENT_NUMBER, source),
                parseDate(find(ISSUE_DATE, source)), sections, text);
    }

    /**
     * The plan's own title is the last short heading line before the preamble that precedes part 一.
     */
    private static String titleBefore(List<String> lines, int firstSection) {
        for (int i = firstSection - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.length() <= 60 && !line.endsWith("。") && !line.endsWith(":") && !line.endsWith("：")
                    && !line.endsWith(")") && !line.endsWith("）") && !line.matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日$")) {
                return line;
            }
        }
        return null;
    }

    /** The text before the first full stop, without it; the whole text when it has none. */
    static String leadSentence(String content) {
        int stop = content.indexOf('。');
        String lead = stop < 0 ? content : content.substring(0, stop);
        return lead.length() <= 300 ? lead : lead.substring(0, 300);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    private static LocalDate parseDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
