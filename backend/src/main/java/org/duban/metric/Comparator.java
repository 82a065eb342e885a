package org.duban.metric;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a figure is held against its target; written as the symbol on the wire. */
public enum Comparator {
    GE(">="), GT(">"), LE("<="), LT("<"), EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    @JsonCreator
    public static Comparator ofSymbol(String symbol) {
        for (Comparator comparator : values()) {
            if (comparator.symbol.equals(symbol)) {
                return comparator;
            }
        }
        throw new IllegalArgumentException("comparator must be one of >=, >, <=, <, =");
    }

    /** Whether {@code figure ⋄ target} holds, given {@code figure.compareTo(target)}. */
    public boolean holds(int comparison) {
        return switch (this) {
            case GE -> comparison >= 0;
            case GT -> comparison > 0;
            case LE -> comparison <= 0;
            case LT -> comparison < 0;
            case EQ -> comparison == 0;
        };
    }
}
