package org.duban.importing;

import static org.duban.importing.PlanDocumentPreview.HALF_YEAR;
import static org.duban.importing.PlanDocumentPreview.MONTH;
import static org.duban.importing.PlanDocumentPreview.ONGOING;
import static org.duban.importing.PlanDocumentPreview.QUARTER;
import static org.duban.importing.PlanDocumentPreview.YEAR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duban.importing.PlanDocumentPreview.Deadline;

/**
 * Reads time limits from a work point's text. A limit is dated by the last day it allows:
 * <ul>
 * <li>"2024年6月30日前" → 2024-06-30;</li>
 * <li>"2024年6月底前", "6月底前", "6月末" → the month's last day. "2024年6月前" is read the same way: in these plans it means
 * "by June", and a reader who checks the work at the end of June agrees with the author who wrote it;</li>
 * <li>"2024年底前", "年底前", "年内" → 12-31; "上半年" → 06-30, "下半年" → 12-31; "第三季度", "三季度末" → 09-30;</li>
 * <li>"每年", "每半年", "每季度", "每月" (also "按月") → a cadence without a date; followed by a limit ("每年6月底前") they make
 * one deadline with both;</li>
 * <li>"长期坚持", "持续推进" … → ONGOING without a date.</li>
 * </ul>
 * A limit without a year falls in the plan's year; without a plan year its date stays null.
 */
final class PlanDocumentDeadlines {
    private static final String YEAR_PART = "(?:(?<year>\\d{4}|[〇零一二三四五六七八九]{4})[ \\t]*年|(?<relative>今年|本年|明年|次年))";
    private static final String MONTH_NUMBER = "(?<![0-9])(?<month>[0-9]{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String BEFORE = "(?:前|以前|之前|为止)";

    /** What a year or a month starts with: a lookahead that lets the patterns pass over other positions quickly. */
    private static final String NUMBER_START = "(?=[0-9〇零一二三四五六七八九十今本明次";

    private static final Pattern DAY = Pattern.compile(NUMBER_START + "])" + YEAR_PART + "?" + MONTH_NUMBER
            + "[ \\t]*月[ \\t]*(?<day>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \\t]*[日号][ \\t]*(?:前|以前|之前|止|为止)");
    private static final Pattern MONTH_END = Pattern.compile(NUMBER_START + "])" + YEAR_PART + "?" + MONTH_NUMBER
            + "[ \\t]*月(?:(?:底|末|份)" + BEFORE + "?|" + BEFORE + ")");
    /** "2024年底前", "年底前", "今年年底", "年内" — but not "3年内" ("within three years"). */
    private static final Pattern YEAR_END = Pattern.compile(NUMBER_START + "年])(?:" + YEAR_PART
            + "|(?<![0-9〇零一二两三四五六七八九十个多每])年)[ \\t]*(?:底|末|内)" + BEFORE + "?");
    private static final Pattern HALF = Pattern.compile(NUMBER_START + "上下])" + YEAR_PART
            + "?(?<half>[上下])半年(?:底|末)?" + BEFORE + "?");
    private static final Pattern QUARTER_END = Pattern.compile(NUMBER_START + "第])" + YEAR_PART
            + "?(?<![每])第?(?<quarter>[一二三四1-4])季度(?:末|底)?" + BEFORE + "?");
    private static final Pattern CADENCE = Pattern.compile("(?:每一?|按(?=季|月))(?<cadence>年度?|半年|季度|季|月)(?<end>(?:底|末)"
            + BEFORE + "?)?");
    private static final Pattern ONGOING_WORDS = Pattern.compile("长期坚持|长期推进|长期开展|持续推进|持续开展|常态化开展|常态化推进");

    /** What {@link #year} returns when neither the text nor the plan gives a year, and for a year such as 0000. */
    private static final int UNKNOWN_YEAR = 0;
    private static final int IMPOSSIBLE_YEAR = -1;

    private record Found(int start, int end, LocalDate date, String cadence) {
    }

    /** The deadlines, in text order; {@code yearMissing} when a limit needed the plan's year and there was none. */
    record Result(List<Deadline> deadlines, boolean yearMissing) {
    }

    private final String text;
    private final Integer planYear;
    private boolean yearMissing;

    private PlanDocumentDeadlines(String text, Integer planYear) {
        this.text = text;
        this.planYear = planYear;
    }

    static Result extract(String text, Integer planYear) {
        PlanDocumentDeadlines reader = new PlanDocumentDeadlines(text, planYear);
        List<Deadline> deadlines = reader.read();
        return new Result(deadlines, reader.yearMissing);
    }

    private List<Deadline> read() {
        List<Found> candidates = new ArrayList<>();
        // each pattern needs a character of its own; most sentences have none of them, and the patterns are slow
        if (text.indexOf('月') >= 0) {
            each(DAY, (m, year) -> PlanDocumentSyntax.date(year, ChineseNumbers.parse(m.group("month")),
                    ChineseNumbers.parse(m.group("day"))), candidates);
            each(MONTH_END, (m, year) -> monthEnd(year, ChineseNumbers.parse(m.group("month"))), candidates);
        }
        if (text.indexOf('年') >= 0) {
            each(YEAR_END, (m, year) -> monthEnd(year, 12), candidates);
            each(HALF, (m, year) -> monthEnd(year, m.group("half").equals("上") ? 6 : 12), candidates);
        }
        if (text.indexOf('季') >= 0) {
            each(QUARTER_END, (m, year) -> monthEnd(year, 3 * ChineseNumbers.parse(m.group("quarter"))), candidates);
        }
        Matcher cadence = CADENCE.matcher(text);
        while (cadence.find()) {
            String period = cadence.group("cadence");
            String value = switch (period) {
                case "半年" -> HALF_YEAR;
                case "季度", "季" -> QUARTER;
                case "月" -> MONTH;
                default -> YEAR;
            };
            // "每年底前" is dated as well: the end of the plan's year
            LocalDate date = value.equals(YEAR) && cadence.group("end") != null ? monthEnd(planYear, 12) : null;
            candidates.add(new Found(cadence.start(), cadence.end(), date, value));
        }
        Matcher ongoing = ONGOING_WORDS.matcher(text);
        while (ongoing.find()) {
            candidates.add(new Found(ongoing.start(), ongoing.end(), null, ONGOING));
        }
        return merged(nonOverlapping(candidates));
    }

    private interface DateOf {
        LocalDate of(Matcher matcher, int year);
    }

    /**
     * Adds every match of {@code pattern} with its date. Without any year to go by the date stays null; a match that
     * makes no date (2月30日, 13月, year 0000) is dropped.
     */
    private void each(Pattern pattern, DateOf dateOf, List<Found> candidates) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int year = year(matcher);
            LocalDate date = year > 0 ? dateOf.of(matcher, year) : null;
            if (date != null || year == UNKNOWN_YEAR) {
                candidates.add(new Found(matcher.start(), matcher.end(), date, null));
            }
        }
    }

    /** The year a match names, else the plan's year; UNKNOWN_YEAR (and flagged) when neither is known. */
    private int year(Matcher matcher) {
        String year = matcher.group("year");
        if (year != null) {
            long value = ChineseNumbers.parse(year);
            return value >= 1900 && value <= 2200 ? (int) value : IMPOSSIBLE_YEAR;
        }
        if (planYear == null) {
            yearMissing = true;
            return UNKNOWN_YEAR;
        }
        String relative = matcher.group("relative");
        return relative != null && (relative.equals("明年") || relative.equals("次年")) ? planYear + 1 : planYear;
    }

    private static LocalDate monthEnd(Integer year, long month) {
        if (year == null || month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, (int) month).atEndOfMonth();
    }

    /** Earliest first, and of two that overlap the longer one. */
    private static List<Found> nonOverlapping(List<Found> candidates) {
        candidates.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found found : candidates) {
            if (found.start() >= end) {
                kept.add(found);
                end = found.end();
            }
        }
        return kept;
    }

    /** A cadence right before a dated limit ("每年" + "6月底前") becomes one deadline; duplicates are dropped. */
    private List<Deadline> merged(List<Found> found) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found current = found.get(i);
            if (current.cadence() != null && !current.cadence().equals(ONGOING) && i + 1 < found.size()) {
                Found next = found.get(i + 1);
                if (next.start() == current.end() && next.cadence() == null) {
                    add(deadlines, new Deadline(text.substring(current.start(), next.end()), next.date(), current.cadence()));
                    i++;
                    continue;
                }
            }
            add(deadlines, new Deadline(text.substring(current.start(), current.end()), current.date(), current.cadence()));
        }
        return deadlines;
    }

    private static void add(List<Deadline> deadlines, Deadline deadline) {
        if (!deadlines.contains(deadline)) {
            deadlines.add(deadline);
        }
    }
}
