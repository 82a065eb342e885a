package org.duban.common;

import java.util.List;

public class Forbidden extends DomainException {
    public Forbidden(String message) {
        super(message, List.of());
    }

    public Forbidden(String message, List<FieldError> errors) {
        super(message, errors);
    }

    @Override public int status() { return 403; }
    @Override public String slug() { return "forbidden"; }
    @Override public String title() { return "Forbidden"; }
}
