package org.duban.common;

import java.util.List;

public class MissingIfMatch extends DomainException {
    public MissingIfMatch() {
        super("This request must carry an If-Match header with the resource's current ETag", List.of());
    }

    @Override public int status() { return 428; }
    @Override public String slug() { return "if-match-required"; }
    @Override public String title() { return "Precondition required"; }
}
