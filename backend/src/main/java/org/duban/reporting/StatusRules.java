package org.duban.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The traffic light of an assignment (DESIGN.md, "Status rules"). RED: past due and not completed,
 * or a required period report missing past its deadline. YELLOW: due within the warning window with
 * progress below the share of time elapsed, or the last report was returned. Otherwise GREEN.
 * "Today" is the date in the plan's time zone (Asia/Shanghai), decided by the caller.
 */
public final class StatusRules {
    private StatusRules() {
    }

    public enum Colour { GREEN, YELLOW, RED }

    public enum Reason { NONE, OVERDUE, REPORT_MISSING, BEHIND_SCHEDULE, REPORT_RETURNED, COMPLETED }

    public record Verdict(Colour colour, Reason reason) {
    }

    /** What the rules look at. {@code missingReportDeadline}: the earliest deadline of an owed report not filed, or null. */
    public record Facts(LocalDate start, LocalDate due, boolean completed, int progress, boolean lastReportReturned,
            LocalDate missingReportDeadline) {
    }

    public static Verdict evaluate(Facts facts, LocalDate today, int warningDays) {
        if (facts.completed()) {
            return new Verdict(Colour.GREEN, Reason.COMPLETED);
        }
        if (today.isAfter(facts.due())) {
            return new Verdict(Colour.RED, Reason.OVERDUE);
        }
        if (facts.missingReportDeadline() != null && today.isAfter(facts.missingReportDeadline())) {
            return new Verdict(Colour.RED, Reason.REPORT_MISSING);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, facts.due());
        if (daysLeft <= warningDays && facts.progress() < expectedProgress(facts.start(), facts.due(), today)) {
            return new Verdict(Colour.YELLOW, Reason.BEHIND_SCHEDULE);
        }
        if (facts.lastReportReturned()) {
            return new Verdict(Colour.YELLOW, Reason.REPORT_RETURNED);
        }
        return new Verdict(Colour.GREEN, Reason.NONE);
    }

    /** The share of the time from start to due that has passed, in percent (0–100). */
    public static double expectedProgress(LocalDate start, LocalDate due, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, due);
        if (total <= 0) {
            return 100;
        }
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
        return elapsed * 100.0 / total;
    }
}
