package org.duban.common;

import java.util.List;

public class Conflict extends DomainException {
    public Conflict(String message) {
        super(message, List.of());
    }

    public Conflict(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override public int status() { return 409; }
    @Override public String slug() { return "conflict"; }
    @Override public String title() { return "Conflict"; }
}
