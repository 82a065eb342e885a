package org.duban.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a JPQL where-clause from optional filters. Clauses are fixed strings written in code;
 * client values only ever travel as bound parameters.
 */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which names {@code :name}) when {@code value} is present. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause without parameters when {@code condition} holds. */
    public Where when(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    /** Adds a case-insensitive substring match of {@code :name} against the clause's properties. */
    public Where contains(String clause, String name, String text) {
        if (text != null && !text.isBlank()) {
            and(clause, name, "%" + likeLiteral(text.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return this;
    }

    /** {@code text} with the LIKE wildcards escaped (escape character {@code \}), so it matches literally. */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
