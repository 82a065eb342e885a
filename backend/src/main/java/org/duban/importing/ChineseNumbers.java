package org.duban.importing;

/**
 * Lenient reading of numbers as they occur in running Chinese text: Arabic digits, counting numerals ("两", "十二",
 * "一百零五", "三千") and digit-by-digit years ("二〇二四"). Unlike {@link org.duban.plan.ChineseNumerals} it never
 * throws; anything it cannot read gives -1.
 */
final class ChineseNumbers {
    /** Characters that can make up a numeral, for use in regular expressions. */
    static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value of {@code text}, or -1 when it is no number below one billion. */
    static long parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 12) {
            return -1;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 9 ? -1 : Long.parseLong(text);
        }
        if (text.chars().noneMatch(c -> c == '十' || c == '百' || c == '千' || c == '万')) {
            return digitByDigit(text);
        }
        long total = 0; // completed 万 groups
        long group = 0; // within the current group below 万
        long digit = -1; // a digit still waiting for its multiplier
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = digit(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            int multiplier = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (multiplier < 0) {
                return -1;
            }
            if (multiplier == 10000) {
                total = (total + group + Math.max(digit, 0)) * 10000;
                group = 0;
            } else {
                // "十二" starts without a digit: it means 一十二
                group += (digit < 0 ? 1 : digit) * multiplier;
            }
            digit = -1;
        }
        long value = total + group + Math.max(digit, 0);
        return value > 0 || text.contains("零") || text.contains("〇") ? value : -1;
    }

    /** "二〇二四" → 2024; -1 when a character is no digit. */
    private static long digitByDigit(String text) {
        if (text.length() > 9) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = digit(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
