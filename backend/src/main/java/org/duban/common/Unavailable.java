package org.duban.common;

/** Something the server needs is missing or down (a font for PDFs, the database): try again or tell the operator. */
public class Unavailable extends DomainException {
    public Unavailable(String message) {
        super(message, null);
    }

    @Override public int status() { return 503; }
    @Override public String slug() { return "unavailable"; }
    @Override public String title() { return "Service unavailable"; }
}
