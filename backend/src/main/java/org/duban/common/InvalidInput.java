package org.duban.common;

import java.util.List;

/** Input that is well-formed but wrong: unknown referenced ids, inconsistent fields. */
public class InvalidInput extends DomainException {
    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid", errors);
    }

    @Override public int status() { return 400; }
    @Override public String slug() { return "validation"; }
    @Override public String title() { return "Invalid input"; }
}
