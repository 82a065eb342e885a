package org.duban.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duban.importing.PlanDocumentPreview.Header;
import org.duban.importing.PlanDocumentPreview.Preview;
import org.duban.importing.PlanDocumentPreview.SectionPart;
import org.duban.importing.PlanDocumentPreview.TaskPart;

/**
 * Turns the text of a government work plan (工作要点, 实施方案 …) into a {@link Preview}: its header, its parts
 * numbered 一、二、…, their numbered work points with sub-items, and for each item the units, deadlines and targets
 * it names. It never throws on any input: what it cannot make sense of it leaves out or reports among the warnings.
 *
 * <h2>Structure</h2> A line "一、…" starts a part. Within a part, numbered lines nest as an outline: the first
 * numbering style met ("1." / "1．" / "1、", "（一）", "(1)", "①") is the work-point level, another style below it is a
 * sub-item level, and a style seen before closes the deeper levels. A line without a number continues the item above
 * it. Sub-items written inside one paragraph ("…：（1）…；（2）…。", "①…②…") become children too when they count up
 * from 1 — at least two of them; the list ends at the full stop after its last item, and any sentence after that is
 * the parent's again.
 */
public final class PlanDocumentPreviewParser {

    /** Numbering styles of work points and sub-items, each a regular expression for a line that starts with it. */
    private enum Style {
        ARABIC(PlanDocumentSyntax.TASK, 1, 1, 2),
        PAREN_CHINESE(Pattern.compile("^([（(]([一二三四五六七八九十]{1,3})[）)])\\s*(.*)$"), 1, 2, 3),
        PAREN_ARABIC(Pattern.compile("^([（(](\\d{1,2})[）)])\\s*(.*)$"), 1, 2, 3),
        CIRCLED(Pattern.compile("^([①-⑳])\\s*(.*)$"), 1, 1, 2);

        final Pattern line;
        private final int numberGroup;
        private final int valueGroup;
        private final int restGroup;

        Style(Pattern line, int numberGroup, int valueGroup, int restGroup) {
            this.line = line;
            this.numberGroup = numberGroup;
            this.valueGroup = valueGroup;
            this.restGroup = restGroup;
        }

        /** The number as written: "3" for "3.", "（二）" with its brackets, "①". */
        String number(Matcher matcher) {
            return matcher.group(numberGroup);
        }

        /** The number's value: 3 for "3." and "（三）", 1 for "①"; -1 if unreadable. */
        int value(Matcher matcher) {
            return value(matcher.group(valueGroup));
        }

        int value(String digits) {
            return this == CIRCLED ? digits.charAt(0) - '①' + 1 : (int) ChineseNumbers.parse(digits);
        }

        /** The words after the number. */
        String rest(Matcher matcher) {
            return matcher.group(restGroup).strip();
        }
    }

    /** Numbers of sub-items within a paragraph; the bracketed ones only after a break (start, ：, ；, 。, ，, space). */
    private static final List<InlineStyle> INLINE_STYLES = List.of(
            new InlineStyle(Style.CIRCLED, Pattern.compile("([①-⑳])")),
            new InlineStyle(Style.PAREN_ARABIC, Pattern.compile("(?:^|(?<=[：:；;。，,\\s]))([（(](\\d{1,2})[）)])")),
            new InlineStyle(Style.PAREN_CHINESE, Pattern.compile("(?:^|(?<=[：:；;。，,\\s]))([（(]([一二三四五六七八九十]{1,3})[）)])")));

    private record InlineStyle(Style style, Pattern pattern) {
    }

    /** A sub-item found inside a paragraph: its number as written and where it starts and its words begin. */
    private record InlineItem(String number, int value, int start, int contentStart) {
    }

    /** "附件", "附件2", "附件：…清单" on a line of its own. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*[0-9一二三四五六七八九十]*\\s*(?:[:：].{0,40})?$");
    private static final Pattern PUBLICATION_NOTE = Pattern.compile("^[（(]此件.{0,12}[）)]$");
    private static final Pattern ROLE_BRACKET = Pattern.compile("[（(][^（）()]*(?:牵头|配合|负责|参与|协助|责任单位)[^（）()]*[）)]");
    private static final Pattern COVER_LETTER_YEAR = Pattern.compile("^关于.*?(\\d{4})\\s*年.*的(?:通知|意见|决定|函)$");
    private static final int LONG_TITLE = 100;

    /** A work point or sub-item while its lines are being collected. */
    private static final class Node {
        final Style style;
        final String number;
        final int value;
        final List<String> lines = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(Style style, String number, int value, String firstLine) {
            this.style = style;
            this.number = number;
            this.value = value;
            if (!firstLine.isEmpty()) {
                lines.add(firstLine);
            }
        }
    }

    private static final class Section {
        final String number;
        final int value;
        final String title;
        final List<Node> tasks = new ArrayList<>();

        Section(String number, int value, String title) {
            this.number = number;
            this.value = value;
            this.title = title;
        }
    }

    private final UnitDirectory units;
    private final List<String> warnings = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    /** The open items, outermost first. */
    private final Deque<Node> open = new ArrayDeque<>();
    private Integer planYear;
    private boolean yearMissing;
    private int lastTaskValue;
    /** The last line added as a continuation, to take back when it turns out to be a signature. */
    private Node lastContinuedNode;

    private PlanDocumentPreviewParser(UnitDirectory units) {
        this.units = units == null ? UnitDirectory.empty() : units;
    }

    /**
     * Reads {@code text}, naming units as {@code units} knows them ({@code null} for none). Never throws; an empty or
     * unreadable text gives a preview without sections and with a warning saying so.
     */
    public static Preview parse(String text, UnitDirectory units) {
        if (text == null || text.isBlank()) {
            return new Preview(Header.NONE, List.of(), List.of("the document is empty"));
        }
        return new PlanDocumentPreviewParser(units).read(text);
    }

    private Preview read(String text) {
        List<String> lines = PlanDocumentSyntax.lines(text);
        int firstSection = firstSection(lines);
        Header header = PlanDocumentSyntax.header(lines, firstSection);
        planYear = planYear(header, lines);

        int bodyStart = firstSection;
        if (firstSection < 0) {
            bodyStart = firstTaskWithoutSections(lines);
            if (bodyStart < 0) {
                warnings.add("no parts numbered 一、二、… and no work points numbered 1. 2. … were found");
                return new Preview(header, List.of(), warnings);
            }
            warnings.add("no parts numbered 一、二、… were found; the work points are listed under one unnamed part");
            sections.add(new Section(null, 0, null));
        }
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ATTACHMENT.matcher(line).matches()) {
                // the attachments that follow are documents of their own
                warnings.add("reading stopped at “" + abbreviate(line) + "”: attachments are not read");
                break;
            }
            readLine(line);
        }

        List<SectionPart> parts = new ArrayList<>();
        for (Section section : sections) {
            if (section.tasks.isEmpty()) {
                warnings.add("part " + section.number + " has no numbered work points");
            }
            List<TaskPart> tasks = section.tasks.stream().map(task -> finish(task, "work point " + task.number)).toList();
            parts.add(new SectionPart(section.number, section.title, tasks));
        }
        if (yearMissing) {
            warnings.add("the plan's year is not in its title; deadlines without a year have no date");
        }
        return new Preview(header, parts, warnings);
    }

    /** The line of part 一 (or the first part in sequence), or -1. */
    private static int firstSection(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher section = PlanDocumentSyntax.SECTION.matcher(lines.get(i));
            if (section.matches() && ChineseNumbers.parse(section.group(1)) == 1) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher section = PlanDocumentSyntax.SECTION.matcher(lines.get(i));
            if (section.matches() && ChineseNumbers.parse(section.group(1)) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** In a document without parts, the first line numbered "1." or the like; -1 if there is none. */
    private static int firstTaskWithoutSections(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Style.ARABIC.line.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private Integer planYear(Header header, List<String> lines) {
        Integer year = PlanDocumentSyntax.yearOf(header.title());
        if (year != null) {
            return year;
        }
        for (String line : lines.subList(0, Math.min(lines.size(), 40))) {
            Matcher coverLetter = COVER_LETTER_YEAR.matcher(line);
            if (coverLetter.matches()) {
                return Integer.valueOf(coverLetter.group(1));
            }
        }
        if (header.issuedOn() != null) {
            warnings.add("the plan's year is taken from its date of issue, " + header.issuedOn().getYear());
            return header.issuedOn().getYear();
        }
        return null;
    }

    private void readLine(String line) {
        Matcher section = PlanDocumentSyntax.SECTION.matcher(line);
        if (section.matches() && startsSection(section, line)) {
            return;
        }
        if (PUBLICATION_NOTE.matcher(line).matches()) {
            return;
        }
        if (PlanDocumentSyntax.dateLine(line) != null) {
            // a signature's date closes the text above it; the signing body is no part of the work point
            if (lastContinuedNode != null && PlanDocumentSyntax.looksLikeOrganisation(last(lastContinuedNode.lines))) {
                lastContinuedNode.lines.remove(lastContinuedNode.lines.size() - 1);
            }
            open.clear();
            lastContinuedNode = null;
            return;
        }
        for (Style style : Style.values()) {
            Matcher item = style.line.matcher(line);
            if (item.matches()) {
                item(style, item);
                return;
            }
        }
        lastContinuedNode = null;
        if (!open.isEmpty()) {
            open.peekLast().lines.add(line);
            lastContinuedNode = open.peekLast();
        }
        // other lines — the preamble, or words under a part before its first work point — belong to no item
    }

    /** Starts a part unless its number goes back, in which case the line is ordinary text. */
    private boolean startsSection(Matcher section, String line) {
        int value = (int) ChineseNumbers.parse(section.group(1));
        Section previous = sections.isEmpty() ? null : last(sections);
        int previousValue = previous == null ? 0 : previous.value;
        if (value <= previousValue) {
            warnings.add("“" + abbreviate(line) + "” looks like part " + section.group(1) + " but comes after part "
                    + previous.number + "; it is read as text");
            return false;
        }
        if (value != previousValue + 1) {
            warnings.add("part " + section.group(1) + " follows " + (previous == null ? "the preamble" : "part " + previous.number)
                    + "; a part may be missing");
        }
        String title = section.group(2).strip();
        if (title.isEmpty()) {
            warnings.add("part " + section.group(1) + " has no title");
        }
        sections.add(new Section(section.group(1), value, title.isEmpty() ? null : title));
        open.clear();
        lastContinuedNode = null;
        return true;
    }

    private void item(Style style, Matcher matcher) {
        lastContinuedNode = null;
        // a style already open closes the levels below it; a new style opens a level below the current one
        Node sibling = null;
        for (Node level : open) {
            if (level.style == style) {
                sibling = level;
                break;
            }
        }
        if (sibling != null) {
            while (open.peekLast() != sibling) {
                open.removeLast();
            }
            open.removeLast();
        }
        List<Node> siblings = open.isEmpty() ? last(sections).tasks : open.peekLast().children;
        boolean workPoint = open.isEmpty();

        // "（1）…；（2）…" on one line: the items after the first are its siblings
        String rest = style.rest(matcher);
        int value = style.value(matcher);
        List<InlineItem> following = inlineChain(style, rest, value + 1);
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(style, style.number(matcher), value,
                following.isEmpty() ? rest : rest.substring(0, following.get(0).start()).strip()));
        for (int k = 0; k < following.size(); k++) {
            InlineItem item = following.get(k);
            int end = k + 1 < following.size() ? following.get(k + 1).start() : rest.length();
            nodes.add(new Node(style, item.number(), item.value(), rest.substring(item.contentStart(), end).strip()));
        }
        for (Node node : nodes) {
            checkSequence(node, siblings, workPoint);
            siblings.add(node);
        }
        open.addLast(last(nodes));
    }

    /**
     * Work points count up within a part, from 1 or on from the previous part's last; sub-items count up from 1.
     */
    private void checkSequence(Node node, List<Node> siblings, boolean workPoint) {
        int expected = siblings.isEmpty() ? 1 : last(siblings).value + 1;
        boolean continuesAcrossParts = workPoint && siblings.isEmpty() && node.value == lastTaskValue + 1;
        if (node.value != expected && !continuesAcrossParts) {
            String what = workPoint ? "work point " : "sub-item ";
            warnings.add(what + node.number + (siblings.isEmpty() ? " is the first of its list"
                    : " follows " + last(siblings).number) + "; its number is out of sequence");
        }
        if (workPoint) {
            lastTaskValue = node.value;
        }
    }

    /** The preview of an item: its words split into title, own text and in-paragraph sub-items, and what they name. */
    private TaskPart finish(Node node, String label) {
        String text = String.join("\n", node.lines);
        return finish(node.number, text, node.children, label);
    }

    private TaskPart finish(String number, String text, List<Node> lineChildren, String label) {
        List<InlineItem> inline = inlineItems(text);
        String own = text;
        int listEnd = text.length();
        if (!inline.isEmpty()) {
            // the list ends with the full stop after its last item; what follows is the item's own again
            int stop = text.indexOf('。', last(inline).contentStart());
            listEnd = stop < 0 ? text.length() : stop + 1;
            String tail = text.substring(listEnd).strip();
            own = text.substring(0, inline.get(0).start()) + (tail.isEmpty() ? "" : "\n" + tail);
        }

        String title = title(own);
        if (title == null) {
            warnings.add(label + " has no title");
        } else if (title.length() > LONG_TITLE) {
            warnings.add(label + " has no short lead sentence; its title is " + title.length() + " characters long");
        }
        PlanDocumentUnits.Result unitResult = PlanDocumentUnits.extract(own, units);
        for (String unknown : unitResult.unknownNames()) {
            warnings.add(label + " names “" + unknown + "”, which is not a known unit");
        }
        PlanDocumentDeadlines.Result deadlines = PlanDocumentDeadlines.extract(own, planYear);
        yearMissing |= deadlines.yearMissing();

        List<TaskPart> children = new ArrayList<>();
        for (int k = 0; k < inline.size(); k++) {
            InlineItem item = inline.get(k);
            int end = k + 1 < inline.size() ? inline.get(k + 1).start() : listEnd;
            String childText = text.substring(item.contentStart(), end).strip();
            children.add(finish(item.number(), childText, List.of(), label + " " + item.number()));
        }
        for (Node child : lineChildren) {
            children.add(finish(child, label + " " + child.number));
        }
        return new TaskPart(number, title, text, children, unitResult.mentions(), deadlines.deadlines(),
                PlanDocumentTargets.extract(own));
    }

    /**
     * Sub-items written inside one paragraph: of the styles that count up from 1 there at least twice, the one that
     * starts first.
     */
    private static List<InlineItem> inlineItems(String text) {
        List<InlineItem> best = List.of();
        for (InlineStyle style : INLINE_STYLES) {
            List<InlineItem> chain = inlineChain(style.style(), text, 1);
            if (chain.size() >= 2 && (best.isEmpty() || chain.get(0).start() < best.get(0).start())) {
                best = chain;
            }
        }
        return best;
    }

    /** The numbers of {@code style} in {@code text} that count up from {@code first}; empty for the Arabic style. */
    private static List<InlineItem> inlineChain(Style style, String text, int first) {
        List<InlineItem> chain = new ArrayList<>();
        for (InlineStyle inline : INLINE_STYLES) {
            if (inline.style() == style) {
                Matcher matcher = inline.pattern().matcher(text);
                while (matcher.find()) {
                    int value = style.value(matcher.group(matcher.groupCount()));
                    if (value == first + chain.size()) {
                        chain.add(new InlineItem(matcher.group(1), value, matcher.start(1), matcher.end(1)));
                    }
                }
            }
        }
        return chain;
    }

    /**
     * The lead sentence of the first line, without any bracketed assignment of units; null when there are no words.
     */
    private static String title(String own) {
        int lineEnd = own.indexOf('\n');
        String lead = PlanDocumentSyntax.leadSentence(lineEnd < 0 ? own : own.substring(0, lineEnd));
        lead = ROLE_BRACKET.matcher(lead).replaceAll("").strip();
        lead = lead.replaceAll("[：:，,；;、]+$", "").strip();
        return lead.isEmpty() ? null : lead;
    }

    private static String abbreviate(String line) {
        return line.length() <= 20 ? line : line.substring(0, 20) + "…";
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
