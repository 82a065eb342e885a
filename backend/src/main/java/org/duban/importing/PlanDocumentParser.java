package org.duban.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.duban.importing.PlanDocumentPreview.Header;

/**
 * Reads a published plan document (工作要点) as plain text: the header's metadata, the parts numbered
 * 一、二、… and the work points numbered 1. 2. … under them. A work point's title is its lead sentence.
 */
public final class PlanDocumentParser {

    public record ParsedTask(String number, int position, String title, String content) {
    }

    public record ParsedSection(int number, String title, List<ParsedTask> tasks) {
    }

    public record ParsedPlan(String title, Integer year, String issuer, String documentNumber, LocalDate issueDate,
            List<ParsedSection> sections, String sourceText) {
    }

    private PlanDocumentParser() {
    }

    /**
     * Reads the plan strictly: parts must follow one another 一, 二, 三 … (a line that breaks the sequence is text of
     * the work point above it), and a document without parts is refused. See {@link PlanDocumentPreviewParser} for the
     * lenient reading that reports what it is unsure of.
     */
    public static ParsedPlan parse(String text) {
        List<String> lines = PlanDocumentSyntax.lines(text);

        List<ParsedSection> sections = new ArrayList<>();
        List<ParsedTask> currentTasks = null;
        int firstSection = -1;
        int position = 0;
        int expectedSection = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher section = PlanDocumentSyntax.SECTION.matcher(line);
            Matcher task = PlanDocumentSyntax.TASK.matcher(line);
            if (section.matches() && !section.group(2).isBlank() && ChineseNumbers.parse(section.group(1)) == expectedSection) {
                if (firstSection < 0) {
                    firstSection = i;
                }
                currentTasks = new ArrayList<>();
                sections.add(new ParsedSection(expectedSection++, section.group(2).strip(), currentTasks));
            } else if (task.matches() && !task.group(2).isBlank() && currentTasks != null) {
                String content = task.group(2).strip();
                currentTasks.add(new ParsedTask(task.group(1), position++, PlanDocumentSyntax.leadSentence(content), content));
            } else if (currentTasks != null && !currentTasks.isEmpty()) {
                // a work point that runs over several paragraphs
                ParsedTask last = currentTasks.remove(currentTasks.size() - 1);
                currentTasks.add(new ParsedTask(last.number(), last.position(), last.title(), last.content() + "\n" + line));
            }
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("no parts numbered 一、二、… were found");
        }
        Header header = PlanDocumentSyntax.header(lines, firstSection);
        return new ParsedPlan(header.title(), PlanDocumentSyntax.yearOf(header.title()), header.issuer(),
                header.documentNumber(), header.issuedOn(), sections, text);
    }
}
