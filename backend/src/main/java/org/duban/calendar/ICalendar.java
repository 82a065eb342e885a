package org.duban.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes RFC 5545 text: CRLF line ends, lines folded at 75 octets, text values escaped. */
final class ICalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final StringBuilder out = new StringBuilder();
    private final String stamp = OffsetDateTime.now(ZoneOffset.UTC).format(STAMP);

    ICalendar(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Duban//督办//ZH");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
        line("X-WR-TIMEZONE:Asia/Shanghai");
    }

    /** An all-day event. */
    ICalendar event(String uid, LocalDate day, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + day.format(DATE));
        line("DTEND;VALUE=DATE:" + day.plusDays(1).format(DATE));
        line("SUMMARY:" + escape(summary));
        if (description != null) {
            line("DESCRIPTION:" + escape(description));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line so that no physical line exceeds 75 octets, never splitting a character. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
