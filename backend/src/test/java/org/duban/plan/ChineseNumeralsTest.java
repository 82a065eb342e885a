package org.duban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void writesNumbersAsDocumentsDo() {
        assertEquals("一", ChineseNumerals.of(1));
        assertEquals("九", ChineseNumerals.of(9));
        assertEquals("十", ChineseNumerals.of(10));
        assertEquals("十一", ChineseNumerals.of(11));
        assertEquals("二十", ChineseNumerals.of(20));
        assertEquals("二十六", ChineseNumerals.of(26));
        assertEquals("九十九", ChineseNumerals.of(99));
    }

    @Test
    void parsesWhatItWrites() {
        for (int number = 1; number <= 99; number++) {
            assertEquals(number, ChineseNumerals.parse(ChineseNumerals.of(number)));
        }
    }

    @Test
    void rejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(0));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(100));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.parse("一十"));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.parse("百"));
    }
}
