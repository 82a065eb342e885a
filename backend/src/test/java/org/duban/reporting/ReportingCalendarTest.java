package org.duban.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.duban.metric.Granularity;
import org.duban.reporting.ReportingCalendar.ReportPeriod;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

    @Test
    void quarterlyAcrossAYearBoundary() {
        List<ReportPeriod> owed = ReportingCalendar.owed(Granularity.QUARTER, 5, LocalDate.of(2024, 11, 20),
                LocalDate.of(2025, 4, 1));
        assertEquals(List.of("2024-Q4", "2025-Q1", "2025-Q2"), owed.stream().map(ReportPeriod::label).toList());
        assertEquals(LocalDate.of(2025, 1, 5), owed.get(0).deadline(), "5th day after 31 December");
        assertEquals(LocalDate.of(2025, 4, 5), owed.get(1).deadline());
    }

    @Test
    void monthlyAcrossAYearBoundaryIncludingFebruary() {
        List<ReportPeriod> owed = ReportingCalendar.owed(Granularity.MONTH, 5, LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 2, 29));
        assertEquals(List.of("2023-12", "2024-01", "2024-02"), owed.stream().map(ReportPeriod::label).toList());
        assertEquals(LocalDate.of(2024, 1, 5), owed.get(0).deadline());
        assertEquals(LocalDate.of(2024, 3, 5), owed.get(2).deadline(), "leap February ends on the 29th");
    }

    @Test
    void edgeCases() {
        assertEquals(1, ReportingCalendar.owed(Granularity.QUARTER, 0, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1)).size());
        assertTrue(ReportingCalendar.owed(Granularity.MONTH, 5, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)).isEmpty());
        assertEquals(12, ReportingCalendar.owed(Granularity.MONTH, 10, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).size());
        assertThrows(IllegalArgumentException.class,
                () -> ReportingCalendar.owed(Granularity.YEAR, 5, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }
}
