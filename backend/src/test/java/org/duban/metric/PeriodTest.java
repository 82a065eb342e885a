package org.duban.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @Test
    void parsesEachGranularityAndKnowsItsStart() {
        assertEquals(LocalDate.of(2024, 1, 1), Period.parse("2024", Granularity.YEAR).start());
        assertEquals(LocalDate.of(2024, 4, 1), Period.parse("2024-Q2", Granularity.QUARTER).start());
        assertEquals(LocalDate.of(2024, 12, 1), Period.parse("2024-12", Granularity.MONTH).start());
        assertEquals(4, Period.ofYear(2024, Granularity.QUARTER).size());
        assertEquals("2024-09", Period.ofYear(2024, Granularity.MONTH).get(8).text());
    }

    @ParameterizedTest
    @CsvSource({ "2024-Q2, YEAR", "2024, QUARTER", "2024-Q5, QUARTER", "2024-5, MONTH", "2024-13, MONTH",
            "2024-00, MONTH", "24, YEAR", "1999, YEAR", "2024-05, QUARTER", "'', YEAR" })
    void rejectsPeriodsThatDoNotMatchTheGranularity(String text, Granularity granularity) {
        assertThrows(IllegalArgumentException.class, () -> Period.parse(text, granularity));
    }
}
