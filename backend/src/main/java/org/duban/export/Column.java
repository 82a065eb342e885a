package org.duban.export;

/** A column of an exported table: its header, how its cells are formatted, and its width in characters. */
public record Column(String header, Kind kind, int width) {
    public enum Kind {
        TEXT,
        INTEGER,
        /** a number with up to four decimals */
        DECIMAL,
        /** a number 0–100 shown with a % sign */
        PERCENT,
        DATE
    }

    public static Column text(String header, int width) {
        return new Column(header, Kind.TEXT, width);
    }

    public static Column integer(String header) {
        return new Column(header, Kind.INTEGER, Math.max(8, header.length() * 2 + 2));
    }

    public static Column decimal(String header) {
        return new Column(header, Kind.DECIMAL, Math.max(10, header.length() * 2 + 2));
    }

    public static Column percent(String header) {
        return new Column(header, Kind.PERCENT, Math.max(10, header.length() * 2 + 2));
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE, 12);
    }
}
