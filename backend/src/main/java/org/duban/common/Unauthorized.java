package org.duban.common;

import java.util.List;

public class Unauthorized extends DomainException {
    public Unauthorized(String message) {
        super(message, List.of());
    }

    @Override public int status() { return 401; }
    @Override public String slug() { return "unauthorized"; }
    @Override public String title() { return "Unauthorized"; }
}
