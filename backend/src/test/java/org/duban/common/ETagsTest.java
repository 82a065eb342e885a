package org.duban.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void tagIsTheQuotedVersion() {
        assertEquals("\"7\"", ETags.of(7).toString());
    }

    @Test
    void missingIfMatchIsPreconditionRequired() {
        assertEquals(428, assertThrows(MissingIfMatch.class, () -> ETags.requireMatch(null, 0)).status());
        assertThrows(MissingIfMatch.class, () -> ETags.requireMatch("  ", 0));
    }

    @Test
    void acceptsCurrentVersionInTheFormsRfc9110Allows() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void staleOrMalformedTagsFail() {
        assertEquals(412, assertThrows(StaleVersion.class, () -> ETags.requireMatch("\"2\"", 3)).status());
        assertThrows(StaleVersion.class, () -> ETags.requireMatch("\"33\"", 3));
        assertThrows(StaleVersion.class, () -> ETags.requireMatch("\"\"", 3));
        assertThrows(StaleVersion.class, () -> ETags.requireMatch("3x", 3));
    }
}
