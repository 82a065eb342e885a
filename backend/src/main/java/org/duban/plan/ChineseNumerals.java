package org.duban.plan;

/** Chinese numerals as used to number the parts of a government document (一 … 九十九). */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    public static String of(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("only 1–99 are supported: " + number);
        }
        int tens = number / 10;
        int ones = number % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            text.append('十');
        }
        if (ones > 0) {
            text.append(DIGITS.charAt(ones));
        }
        return text.toString();
    }

    /** Inverse of {@link #of}; throws for text that is no numeral in 1–99. */
    public static int parse(String text) {
        for (int number = 1; number <= 99; number++) {
            if (of(number).equals(text)) {
                return number;
            }
        }
        throw new IllegalArgumentException("not a Chinese numeral in 1–99: " + text);
    }
}
