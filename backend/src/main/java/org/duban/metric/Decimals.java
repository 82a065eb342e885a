package org.duban.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written out: at most four decimals, no trailing zeros, never in exponent form. */
final class Decimals {
    private Decimals() {
    }

    static BigDecimal out(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
