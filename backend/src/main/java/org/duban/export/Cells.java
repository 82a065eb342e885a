package org.duban.export;

import java.math.BigDecimal;

/** Cell values as text. */
final class Cells {
    private Cells() {
    }

    static String plain(Number number) {
        if (number instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return value == Math.rint(value) ? String.valueOf((long) value) : BigDecimal.valueOf(value).toPlainString();
        }
        return number.toString();
    }

    static String text(Object cell, Column column) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            return plain(number) + (column.kind() == Column.Kind.PERCENT ? "%" : "");
        }
        return cell.toString();
    }
}
