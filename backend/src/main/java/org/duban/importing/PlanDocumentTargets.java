package org.duban.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duban.importing.PlanDocumentPreview.Target;

/**
 * Reads quantified targets from a work point's text, strongest evidence first; a weaker reading is dropped where it
 * overlaps a stronger one:
 * <ol>
 * <li>a comparative word before a quantity: "不少于5次" (>= 5 次), "不低于90%" (>= 90 %), "低于30%" (< 30 %), "超过" (>),
 * "不超过"/"不高于" (<=), "达到100%" (= 100 %). "至少"/"最少"/"最多" may be separated from the quantity by a verb:
 * "至少举办2次以上" (>= 2 次). A trailing 以上 / 以下 / 以内 makes "=" into >= / <=: "达到90%以上" (>= 90 %);</li>
 * <li>a comparative word before another figure: "高于本地区同期行政诉讼一审纠错率" (> with no value);</li>
 * <li>"全覆盖" (= 100 %);</li>
 * <li>a rate given outright: "办结率100%" (= 100 %);</li>
 * <li>a quantity with 以上 / 以下 / 以内 alone: "举办3场以上" (>= 3 场);</li>
 * <li>a count per period: "每年发布1次" (= 1 次).</li>
 * </ol>
 * Quantities may be written with Chinese numerals ("两次", "一次", "百分之九十").
 */
final class PlanDocumentTargets {
    private static final String NUMBER = "\\d{1,12}(?:\\.\\d{1,6})?|[零〇一二两三四五六七八九十百千万]{1,8}";
    private static final String UNIT = "(?:万|亿)?(?:个百分点|个工作日|百分点|人次|元|次|项|个|件|家|场|期|名|人|天|日|小时|篇|份|批|所|条|部|本|户|座|处|轮)|%|％|‰";
    /** A quantity: "5次", "90%", "两次", "百分之九十", with an optional 以上/以下/以内. */
    private static final String QUANTITY = "(?:百分之(?<percent>" + NUMBER + ")|(?<number>" + NUMBER + ")[ \\t]*(?<unit>" + UNIT
            + "))(?<suffix>及?以上|及?以下|以内)?";
    /** Characters a verb between "至少" and its quantity may consist of: no digits, numerals or punctuation. */
    private static final String VERB = "[^\\d零〇一二两三四五六七八九十百千万，,。；;：:、\\n\\s%％]";

    private static final String COMPARATOR_WORDS = "不得少于|不得低于|不少于|不低于|不小于|不得超过|不得高于|不超过|不高于|不多于|不大于"
            + "|超过|高于|多于|大于|低于|少于|小于|达到|提高到|提升到|提高至|提升至|控制在|保持在";
    /** The lookahead at the start only lets the matcher pass over positions that cannot start a comparison quickly. */
    private static final Pattern COMPARED_QUANTITY = Pattern.compile("(?=[至最不超高多大低少小达提控保])(?:(?<adverb>至少|最少|最多)(?<verb>"
            + VERB + "{0,4}?)|(?<comparator>" + COMPARATOR_WORDS + "))[ \\t]*" + QUANTITY);
    private static final Pattern COMPARED_FIGURE = Pattern.compile(
            "(?=[不高低超大小多少])(?<comparator>不得低于|不得高于|不低于|不高于|不超过|不少于|高于|低于|超过|大于|小于|多于|少于)"
                    + "(?=[^，,。；;：:\\n\\d%％]{1,30}?(?:同期|平均|上年|上一年|去年|往年|全国|全省|全市|水平|标准|率))");
    private static final Pattern FULL_COVERAGE = Pattern.compile("全覆盖");
    private static final Pattern RATE = Pattern.compile("率[ \\t]*(?:为)?[ \\t]*" + QUANTITY);
    private static final Pattern QUANTITY_WITH_BOUND = Pattern.compile("(?<![\\d.零〇一二两三四五六七八九十百千万])" + QUANTITY);
    private static final Pattern COUNT_PER_PERIOD = Pattern.compile("每一?(?:年度?|半年|季度|季|月)" + VERB + "{0,4}?" + QUANTITY);
    private static final String CLAUSE_BREAKS = "，,。；;：:\n";
    private static final String CLAUSE_START_BREAKS = CLAUSE_BREAKS + "）)";
    private static final String CLAUSE_END_BREAKS = CLAUSE_BREAKS + "（(";

    private record Found(int start, int end, Target target) {
    }

    private final String text;
    private final List<Found> found = new ArrayList<>();

    private PlanDocumentTargets(String text) {
        this.text = text;
    }

    static List<Target> extract(String text) {
        PlanDocumentTargets reader = new PlanDocumentTargets(text);
        reader.read();
        return reader.found.stream().sorted(Comparator.comparingInt(Found::start)).map(Found::target).toList();
    }

    private void read() {
        Matcher compared = COMPARED_QUANTITY.matcher(text);
        while (compared.find()) {
            String word = compared.group("adverb") != null ? compared.group("adverb") : compared.group("comparator");
            quantity(compared, comparator(word));
        }
        Matcher figure = COMPARED_FIGURE.matcher(text);
        while (figure.find()) {
            add(figure.start(), figure.end(), comparator(figure.group("comparator")), null, null);
        }
        Matcher coverage = FULL_COVERAGE.matcher(text);
        while (coverage.find()) {
            add(coverage.start(), coverage.end(), "=", BigDecimal.valueOf(100), "%");
        }
        Matcher rate = RATE.matcher(text);
        while (rate.find()) {
            quantity(rate, "=");
        }
        Matcher bounded = QUANTITY_WITH_BOUND.matcher(text);
        while (bounded.find()) {
            if (bounded.group("suffix") != null) {
                quantity(bounded, "=");
            }
        }
        Matcher perPeriod = COUNT_PER_PERIOD.matcher(text);
        while (perPeriod.find()) {
            quantity(perPeriod, "=");
        }
    }

    /** A target from a match of {@link #QUANTITY}; {@code comparator} as the words before it say. */
    private void quantity(Matcher matcher, String comparator) {
        boolean percent = matcher.group("percent") != null;
        long chinese = -1;
        String digits = percent ? matcher.group("percent") : matcher.group("number");
        BigDecimal value;
        if (Character.isDigit(digits.charAt(0))) {
            value = new BigDecimal(digits);
        } else {
            chinese = ChineseNumbers.parse(digits);
            if (chinese < 0) {
                return;
            }
            value = BigDecimal.valueOf(chinese);
        }
        String unit = percent ? "%" : matcher.group("unit").replace('％', '%');
        String suffix = matcher.group("suffix");
        if (suffix != null && comparator.equals("=")) {
            comparator = suffix.endsWith("以上") ? ">=" : "<=";
        }
        add(matcher.start(), matcher.end(), comparator, value, unit);
    }

    /** Keeps the target unless a stronger reading already covers part of its words. */
    private void add(int start, int end, String comparator, BigDecimal value, String unit) {
        for (Found other : found) {
            if (start < other.end() && other.start() < end) {
                return;
            }
        }
        found.add(new Found(start, end, new Target(clause(start, end), comparator, value, unit)));
    }

    /**
     * The clause around {@code [start, end)}: up to the nearest comma, full stop, semicolon or colon on each side, and
     * not into a bracket before or after it ("…不少于4次（省司法厅牵头）" → "…不少于4次").
     */
    private String clause(int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_START_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && CLAUSE_END_BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    private static String comparator(String word) {
        return switch (word) {
            case "至少", "最少", "不得少于", "不得低于", "不少于", "不低于", "不小于" -> ">=";
            case "最多", "不得超过", "不得高于", "不超过", "不高于", "不多于", "不大于" -> "<=";
            case "超过", "高于", "多于", "大于" -> ">";
            case "低于", "少于", "小于" -> "<";
            default -> "=";
        };
    }
}
