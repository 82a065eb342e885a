package org.duban.common;

/** Well-formed and valid, but not acceptable in this context (an Idempotency-Key reused for another request). */
public class Unprocessable extends DomainException {
    public Unprocessable(String message) {
        super(message, null);
    }

    @Override public int status() { return 422; }
    @Override public String slug() { return "unprocessable"; }
    @Override public String title() { return "Unprocessable request"; }
}
