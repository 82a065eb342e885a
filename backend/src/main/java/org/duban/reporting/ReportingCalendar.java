package org.duban.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.duban.metric.Granularity;
import org.duban.metric.Period;

/**
 * Which progress reports an assignment owes: one per reporting period (a month or a quarter, as its
 * plan's cadence says) from the period of its start to the period of its due date, each due a fixed
 * number of days after the period ends.
 */
public final class ReportingCalendar {
    private ReportingCalendar() {
    }

    /** A reporting period and the day its report is due. */
    public record ReportPeriod(Period period, LocalDate deadline) {
        public String label() {
            return period.text();
        }
    }

    public static List<ReportPeriod> owed(Granularity cadence, int deadlineOffsetDays, LocalDate start, LocalDate due) {
        if (cadence == Granularity.YEAR) {
            throw new IllegalArgumentException("reports are monthly or quarterly");
        }
        List<ReportPeriod> periods = new ArrayList<>();
        if (due.isBefore(start)) {
            return periods;
        }
        for (Period period = Period.containing(start, cadence); !period.start().isAfter(due); period = period.next()) {
            periods.add(new ReportPeriod(period, period.end().plusDays(deadlineOffsetDays)));
        }
        return periods;
    }
}
