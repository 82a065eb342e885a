package org.duban.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.EntityTag;

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

    @Test
    void bodyTagIsTheQuotedBase64urlSha256OfTheBytes() {
        // SHA-256("abc") = ba7816bf…15ad, base64url without padding
        assertEquals("\"ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0\"",
                ETags.ofBody("abc".getBytes(StandardCharsets.UTF_8)).toString());
        assertNotEquals(ETags.ofBody("{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                ETags.ofBody("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchHitsTheCurrentTagInTheFormsRfc9110Allows() {
        EntityTag current = new EntityTag("abc");
        assertTrue(ETags.noneMatchHits("\"abc\"", current));
        assertTrue(ETags.noneMatchHits("W/\"abc\"", current), "If-None-Match compares weakly");
        assertTrue(ETags.noneMatchHits("\"old\", \"abc\"", current));
        assertTrue(ETags.noneMatchHits("\"old\",\"abc\"", current));
        assertTrue(ETags.noneMatchHits("*", current));
    }

    @Test
    void ifNoneMatchMissesWhenAbsentBlankOrStale() {
        EntityTag current = new EntityTag("abc");
        assertFalse(ETags.noneMatchHits(null, current));
        assertFalse(ETags.noneMatchHits(" ", current));
        assertFalse(ETags.noneMatchHits("\"abd\"", current));
        assertFalse(ETags.noneMatchHits("\"ab\", \"abcd\"", current));
        assertFalse(ETags.noneMatchHits("*", null));
    }
}
