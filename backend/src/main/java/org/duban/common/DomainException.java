package org.duban.common;

import java.util.List;
import java.util.Map;

/** Base of the exceptions services throw; {@link ProblemMapper} turns each into its HTTP status. */
public abstract class DomainException extends RuntimeException {
    private final List<FieldError> errors;

    protected DomainException(String message, List<FieldError> errors) {
        super(message);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public abstract int status();

    /** Short, stable slug used in the problem {@code type} URI. */
    public abstract String slug();

    public abstract String title();

    /** Headers the problem answer carries besides its body (e.g. Retry-After); none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
