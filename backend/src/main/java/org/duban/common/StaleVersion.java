package org.duban.common;

import java.util.List;

/** If-Match named a version that is no longer current: someone else changed the resource. */
public class StaleVersion extends DomainException {
    public StaleVersion(String message) {
        super(message, List.of());
    }

    @Override public int status() { return 412; }
    @Override public String slug() { return "stale-version"; }
    @Override public String title() { return "Precondition failed"; }
}
