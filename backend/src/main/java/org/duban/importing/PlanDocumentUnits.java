package org.duban.importing;

import static org.duban.importing.PlanDocumentPreview.CO;
import static org.duban.importing.PlanDocumentPreview.LEAD;
import static org.duban.importing.PlanDocumentPreview.RESPONSIBLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duban.importing.PlanDocumentPreview.UnitMention;

/**
 * Finds the units a work point assigns, and in which role.
 *
 * <p>
 * Roles are read from, in this order:
 * <ol>
 * <li>bracketed assignments: "（省司法厅牵头，各市州政府配合）", "（省公安厅、省司法厅按职责分工负责，列第一位的为牵头单位）",
 * "（牵头单位：…；配合单位：…）";</li>
 * <li>labelled lists: "牵头单位：…", "配合单位：…", "责任单位：…";</li>
 * <li>"由…负责" / "由…牵头", and clauses such as "各市州政府配合" whose names are all known units;</li>
 * <li>any other known unit or generic group named in the text, as RESPONSIBLE — except inside 《…》.</li>
 * </ol>
 *
 * <p>
 * <b>Confidence</b> (0–1) of a mention is how surely the wording assigns the role times how surely the name
 * identifies the unit ({@link UnitDirectory.Match#confidence()}):
 * <ul>
 * <li>wording: an explicit assignment (1–3 above) 1.0; a plain mention in running text 0.5;</li>
 * <li>name: full name 1.0; known short form ("省司法厅") 0.9; short form without "省" 0.8; generic group 0.6; name shared by
 * several units 0.5; a name in an explicit assignment that the directory does not know is kept with confidence 0.3.</li>
 * </ul>
 * So "（省司法厅牵头…）" gives 0.9, "（…各市州政府配合）" 0.6, an unknown "（省法院牵头）" 0.3 and "省政府" in running text 0.45.
 */
final class PlanDocumentUnits {
    static final double EXPLICIT = 1.0;
    static final double PLAIN = 0.5;
    static final double UNKNOWN_NAME = 0.3;

    private static final Pattern ROLE_WORD = Pattern.compile("牵头|配合|参与|协助|协办|负责|(?:责任|主办)(?:单位|部门)");
    private static final Pattern LABEL = Pattern.compile(
            "(牵头|主办|责任|配合|协办|参与)(?:单位|部门)\\s*[:：]\\s*");
    /** "[由]names[按职责分工]牵头" — one clause of a bracketed assignment. */
    private static final Pattern ROLE_CLAUSE = Pattern.compile(
            "^(?:由|请)?(.+?)(?:按职责分工|按照职责分工|按职责|依职责|分别|共同|具体)?(牵头|配合|参与|协助|协办|负责)(?:落实|实施|推进|完成)?(?:工作)?$");
    private static final Pattern FIRST_LISTED_LEADS = Pattern.compile("(?:列|排)(?:在)?(?:第一位|首位)的?(?:为|是)牵头单位");
    private static final Pattern BY_WHOM = Pattern.compile(
            "由([^，,。；;：:（）()由\\n]{2,30}?)(?:按职责分工|分别|共同)?(牵头|负责)(?!人)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。\\n]");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[、，,/]");
    private static final Pattern CONJUNCTION = Pattern.compile("及其?|和|与|以及");
    private static final Pattern BOOK_TITLE = Pattern.compile("《[^《》\\n]*》");
    private static final Pattern PLAUSIBLE_NAME = Pattern.compile("^[\\p{IsHan}（）]{2,30}$");

    /** What was found in one text: the mentions in text order, and names given roles that the directory lacks. */
    record Result(List<UnitMention> mentions, List<String> unknownNames) {
    }

    private record Found(int position, UnitMention mention, boolean explicit) {
    }

    private final UnitDirectory directory;
    private final List<Found> found = new ArrayList<>();
    private final List<String> unknownNames = new ArrayList<>();
    private boolean[] covered;

    private PlanDocumentUnits(UnitDirectory directory) {
        this.directory = directory;
    }

    static Result extract(String text, UnitDirectory directory) {
        PlanDocumentUnits units = new PlanDocumentUnits(directory);
        units.read(text);
        return new Result(units.deduplicated(), List.copyOf(units.unknownNames));
    }

    private void read(String text) {
        covered = new boolean[text.length() + 1];
        for (int[] group : bracketGroups(text)) {
            String content = text.substring(group[0] + 1, group[1] - 1);
            if (ROLE_WORD.matcher(content).find()) {
                bracketed(content, group[0] + 1);
                cover(group[0], group[1]);
            }
        }
        labelled(text, 0, text.length());
        Matcher byWhom = BY_WHOM.matcher(text);
        while (byWhom.find()) {
            if (!covered[byWhom.start()] && names(byWhom.group(1), byWhom.start(1), role(byWhom.group(2)), true)) {
                cover(byWhom.start(), byWhom.end());
            }
        }
        clauses(text);
        // names inside the title of a law or plan (《青海省人民政府重大行政决策程序暂行规定》) assign nothing
        Matcher bookTitle = BOOK_TITLE.matcher(text);
        while (bookTitle.find()) {
            cover(bookTitle.start(), bookTitle.end());
        }
        for (UnitDirectory.Occurrence occurrence : directory.scan(text)) {
            if (!isCovered(occurrence.start(), occurrence.end())) {
                found.add(new Found(occurrence.start(), new UnitMention(occurrence.text(), RESPONSIBLE,
                        occurrence.match().unitId(), round(PLAIN * occurrence.match().confidence())), false));
            }
        }
    }

    /** The inside of a bracket that assigns roles, starting at {@code offset} in the text. */
    private void bracketed(String content, int offset) {
        if (LABEL.matcher(content).find()) {
            labelled(content, offset, content.length());
            return;
        }
        boolean firstListedLeads = FIRST_LISTED_LEADS.matcher(content).find();
        int before = found.size();
        int start = 0;
        Matcher clauseBreak = CLAUSE_BREAK.matcher(content);
        while (start <= content.length()) {
            int end = clauseBreak.find(start) ? clauseBreak.start() : content.length();
            String clause = content.substring(start, end);
            Matcher role = ROLE_CLAUSE.matcher(clause.strip());
            if (!FIRST_LISTED_LEADS.matcher(clause).find() && role.matches()) {
                int leading = clause.indexOf(clause.strip());
                names(role.group(1), offset + start + leading + role.start(1), role(role.group(2)), false);
            }
            start = end + 1;
        }
        if (firstListedLeads && found.size() > before && found.get(before).mention().role().equals(RESPONSIBLE)) {
            Found first = found.get(before);
            UnitMention mention = first.mention();
            found.set(before, new Found(first.position(),
                    new UnitMention(mention.name(), LEAD, mention.unitId(), mention.confidence()), true));
        }
    }

    /** Lists after "牵头单位：", "配合单位：", "责任单位：" in {@code text}, which starts at {@code offset}. */
    private void labelled(String text, int offset, int length) {
        Matcher label = LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            if (!covered[offset + label.start()]) {
                labels.add(new int[] { label.start(), label.end() });
            }
        }
        for (int k = 0; k < labels.size(); k++) {
            int listStart = labels.get(k)[1];
            int listEnd = k + 1 < labels.size() ? labels.get(k + 1)[0] : length;
            // the list ends at the next label or at the end of the sentence; commas may separate names
            for (int i = listStart; i < listEnd; i++) {
                char c = text.charAt(i);
                if (c == '。' || c == '；' || c == ';' || c == '\n' || c == '）' || c == ')') {
                    listEnd = i;
                }
            }
            String roleWord = text.substring(labels.get(k)[0], labels.get(k)[0] + 2);
            names(text.substring(listStart, listEnd), offset + listStart, role(roleWord), false);
            cover(offset + labels.get(k)[0], offset + listEnd);
        }
    }

    /** Clauses such as "各市州政府配合" or "由省司法厅牵头" whose names the directory knows, outside any bracket. */
    private void clauses(String text) {
        int start = 0;
        Matcher clauseBreak = CLAUSE_BREAK.matcher(text);
        while (start <= text.length()) {
            int end = clauseBreak.find(start) ? clauseBreak.start() : text.length();
            String clause = text.substring(start, end).strip();
            Matcher role = ROLE_CLAUSE.matcher(clause);
            if (!clause.isEmpty() && !isCovered(start, end) && role.matches()) {
                int at = text.indexOf(clause, start);
                if (names(role.group(1), at + role.start(1), role(role.group(2)), true)) {
                    cover(start, end);
                }
            }
            start = end + 1;
        }
    }

    /**
     * Records every name in the list "甲、乙、丙等" with {@code role}. With {@code knownOnly} nothing is recorded unless the
     * directory knows every name; returns whether anything was recorded.
     */
    private boolean names(String list, int offset, String role, boolean knownOnly) {
        List<Found> mentions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Matcher separator = NAME_SEPARATOR.matcher(list);
        int start = 0;
        while (start <= list.length()) {
            int end = separator.find(start) ? separator.start() : list.length();
            String raw = list.substring(start, end);
            String name = raw.strip().replaceFirst("^(?:由|请|和|及)", "").replaceFirst("(?:等(?:有关|相关)?(?:单位|部门)?)$", "")
                    .strip();
            int position = offset + start + Math.max(0, raw.indexOf(name));
            if (!name.isEmpty()) {
                Optional<UnitDirectory.Match> match = directory.find(name);
                if (match.isPresent()) {
                    mentions.add(explicit(position, name, role, match.get()));
                } else if (!splitOnConjunction(name, position, role, mentions)) {
                    if (knownOnly || !PLAUSIBLE_NAME.matcher(name).matches()) {
                        if (knownOnly) {
                            return false;
                        }
                    } else {
                        unknown.add(name);
                        mentions.add(new Found(position, new UnitMention(name, role, null, UNKNOWN_NAME), true));
                    }
                }
            }
            start = end + 1;
        }
        found.addAll(mentions);
        unknownNames.addAll(unknown);
        return !mentions.isEmpty();
    }

    /** "各市州政府及省直各部门": two known names joined by 及/和/与. */
    private boolean splitOnConjunction(String name, int position, String role, List<Found> mentions) {
        Matcher conjunction = CONJUNCTION.matcher(name);
        List<Found> parts = new ArrayList<>();
        int start = 0;
        while (start <= name.length()) {
            int end = conjunction.find(start) ? conjunction.start() : name.length();
            String part = name.substring(start, end);
            Optional<UnitDirectory.Match> match = directory.find(part);
            if (match.isEmpty()) {
                return false;
            }
            parts.add(explicit(position + start, part, role, match.get()));
            start = end == name.length() ? end + 1 : conjunction.end();
        }
        if (parts.size() < 2) {
            return false;
        }
        mentions.addAll(parts);
        return true;
    }

    private static Found explicit(int position, String name, String role, UnitDirectory.Match match) {
        return new Found(position, new UnitMention(name, role, match.unitId(), round(EXPLICIT * match.confidence())), true);
    }

    /** One mention per unit (or per name, for units the directory lacks): the explicit one if any, else the surest. */
    private List<UnitMention> deduplicated() {
        List<Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((Found f) -> !f.explicit()).thenComparing(f -> -f.mention().confidence())
                .thenComparingInt(Found::position));
        Set<String> seen = new HashSet<>();
        List<Found> kept = new ArrayList<>();
        for (Found f : ordered) {
            UnitMention mention = f.mention();
            String key = mention.unitId() != null ? "#" + mention.unitId() : mention.name();
            if (seen.add(key)) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Found::position));
        return kept.stream().map(Found::mention).toList();
    }

    /** Top-level bracket pairs （…） or (…), possibly nested, as [start, end) including the brackets. */
    private static List<int[]> bracketGroups(String text) {
        List<int[]> groups = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if ((c == '）' || c == ')') && depth > 0) {
                if (--depth == 0) {
                    groups.add(new int[] { start, i + 1 });
                }
            } else if (c == '\n') {
                depth = 0; // a bracket left open does not run into the next paragraph
            }
        }
        return groups;
    }

    private static String role(String word) {
        return switch (word) {
            case "牵头", "主办" -> LEAD;
            case "配合", "参与", "协助", "协办" -> CO;
            default -> RESPONSIBLE;
        };
    }

    private void cover(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, covered.length); i++) {
            covered[i] = true;
        }
    }

    private boolean isCovered(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, covered.length); i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
