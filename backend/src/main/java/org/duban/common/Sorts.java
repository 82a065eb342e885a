package org.duban.common;

import java.util.Map;

import io.quarkus.panache.common.Sort;

/** Turns a {@code sort=field,-field} parameter into a Panache sort over an allow-list of fields. */
public final class Sorts {
    private Sorts() {
    }

    /**
     * @param allowed API field name → JPQL property path
     * @param fallback sort used when the client gives none; {@code id} is always appended as tie-breaker
     */
    public static Sort parse(String sort, Map<String, String> allowed, String fallback) {
        String spec = sort == null || sort.isBlank() ? fallback : sort;
        Sort result = null;
        for (String part : spec.split(",")) {
            boolean descending = part.startsWith("-");
            String field = descending ? part.substring(1) : part;
            String path = allowed.get(field);
            if (path == null) {
                throw new InvalidInput("sort", "cannot sort by '" + field + "'; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(path, direction) : result.and(path, direction);
        }
        return result.and("id");
    }
}
