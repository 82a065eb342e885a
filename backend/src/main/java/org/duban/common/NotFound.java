package org.duban.common;

import java.util.List;

public class NotFound extends DomainException {
    public NotFound(String resource, Object id) {
        super(resource + " " + id + " does not exist", List.of());
    }

    @Override public int status() { return 404; }
    @Override public String slug() { return "not-found"; }
    @Override public String title() { return "Not found"; }
}
