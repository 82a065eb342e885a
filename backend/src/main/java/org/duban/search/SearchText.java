package org.duban.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.duban.common.FieldError;

/** The pure rules of the search: what counts as a query, and the excerpt shown around a match. */
final class SearchText {
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    /** Characters of context before the match and after it in an excerpt. */
    static final int BEFORE = 30;
    static final int AFTER = 60;

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+", Pattern.UNICODE_CHARACTER_CLASS);

    private SearchText() {
    }

    /** Trimmed, each run of white space (line breaks, ideographic space) made one space. */
    static String normalize(String q) {
        return q == null ? "" : WHITE_SPACE.matcher(q).replaceAll(" ").strip();
    }

    /** What is wrong with a normalized query, if anything (lengths count characters, not UTF-16 units). */
    static List<FieldError> problems(String query) {
        List<FieldError> errors = new ArrayList<>();
        int length = query.codePointCount(0, query.length());
        if (query.isEmpty()) {
            errors.add(new FieldError("q", "is required"));
        } else if (length < MIN_LENGTH) {
            errors.add(new FieldError("q", "must be at least " + MIN_LENGTH + " characters, not counting surrounding spaces"));
        } else if (length > MAX_LENGTH) {
            errors.add(new FieldError("q", "must be at most " + MAX_LENGTH + " characters"));
        }
        // NUL and other control characters, and halves of surrogate pairs, cannot be part of stored text
        if (query.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE)) {
            errors.add(new FieldError("q", "must not contain control characters"));
        }
        return errors;
    }

    /**
     * A piece of {@code text} around the first case-insensitive occurrence of {@code query}: up to
     * {@link #BEFORE} characters before it and {@link #AFTER} after, white space made single spaces,
     * "…" where text was cut. Without an occurrence, the start of the text.
     */
    static String excerpt(String text, String query) {
        if (text == null) {
            return "";
        }
        String flat = normalize(text);
        int at = indexOfIgnoreCase(flat, query);
        int from = at < 0 ? 0 : Math.max(0, at - BEFORE);
        int to = Math.min(flat.length(), at < 0 ? BEFORE + AFTER : at + query.length() + AFTER);
        from = avoidSplit(flat, from);
        to = avoidSplit(flat, to);
        return (from > 0 ? "…" : "") + flat.substring(from, to).strip() + (to < flat.length() ? "…" : "");
    }

    static int indexOfIgnoreCase(String text, String query) {
        if (query.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Moves a cut off the middle of a surrogate pair. */
    private static int avoidSplit(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }
}
