package org.duban.reporting;

import static org.duban.reporting.StatusRules.Colour.GREEN;
import static org.duban.reporting.StatusRules.Colour.RED;
import static org.duban.reporting.StatusRules.Colour.YELLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.duban.reporting.StatusRules.Facts;
import org.duban.reporting.StatusRules.Reason;
import org.junit.jupiter.api.Test;

class StatusRulesTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2024, 12, 31);

    private static StatusRules.Verdict at(LocalDate today, int progress, boolean completed, boolean returned, LocalDate missing) {
        return StatusRules.evaluate(new Facts(START, DUE, completed, progress, returned, missing), today, 15);
    }

    @Test
    void overdueStartsTheDayAfterTheDueDate() {
        assertEquals(YELLOW, at(DUE, 50, false, false, null).colour());
        assertEquals(RED, at(DUE.plusDays(1), 99, false, false, null).colour());
        assertEquals(Reason.OVERDUE, at(DUE.plusDays(1), 99, false, false, null).reason());
        assertEquals(GREEN, at(DUE.plusDays(30), 100, true, false, null).colour(), "completed is never late");
    }

    @Test
    void aMissingReportTurnsRedTheDayAfterItsDeadline() {
        LocalDate deadline = LocalDate.of(2024, 4, 5);
        assertEquals(GREEN, at(deadline, 30, false, false, deadline).colour());
        assertEquals(RED, at(deadline.plusDays(1), 30, false, false, deadline).colour());
        assertEquals(Reason.REPORT_MISSING, at(deadline.plusDays(1), 30, false, false, deadline).reason());
    }

    @Test
    void theWarningWindowIsFifteenDaysAndComparesWithTheTimeElapsed() {
        LocalDate sixteenBefore = DUE.minusDays(16);
        LocalDate fifteenBefore = DUE.minusDays(15);
        assertEquals(GREEN, at(sixteenBefore, 10, false, false, null).colour(), "outside the window");
        assertEquals(YELLOW, at(fifteenBefore, 10, false, false, null).colour(), "inside, far behind");
        int expected = (int) Math.ceil(StatusRules.expectedProgress(START, DUE, fifteenBefore));
        assertEquals(GREEN, at(fifteenBefore, expected, false, false, null).colour(), "on schedule");
        assertEquals(YELLOW, at(fifteenBefore, expected - 1, false, false, null).colour());
    }

    @Test
    void aReturnedReportIsYellow() {
        assertEquals(YELLOW, at(LocalDate.of(2024, 3, 1), 20, false, true, null).colour());
        assertEquals(Reason.REPORT_RETURNED, at(LocalDate.of(2024, 3, 1), 20, false, true, null).reason());
    }

    @Test
    void expectedProgressIsTheShareOfTimeElapsed() {
        assertEquals(0, StatusRules.expectedProgress(START, DUE, START.minusDays(3)));
        assertEquals(100, StatusRules.expectedProgress(START, DUE, DUE.plusDays(3)));
        assertEquals(50, StatusRules.expectedProgress(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 6)));
        assertEquals(100, StatusRules.expectedProgress(DUE, DUE, DUE));
    }
}
