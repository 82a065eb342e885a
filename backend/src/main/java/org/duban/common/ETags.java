package org.duban.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.core.EntityTag;

/**
 * Strong ETags: a single resource's optimistic-lock version, or the SHA-256 of any other answer's
 * body; and the RFC 9110 comparisons of If-Match (writes) and If-None-Match (conditional reads).
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A strong tag that changes whenever the bytes do: SHA-256, base64url without padding. */
    public static EntityTag ofBody(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Whether an If-None-Match header names {@code current}, so a read may answer 304: {@code *}, or a
     * list of tags compared weakly as RFC 9110 asks (W/"x" matches "x"). Absent or blank never matches.
     */
    public static boolean noneMatchHits(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || current == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(current.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** The tag without W/ and quotes. */
    private static String opaque(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * Throws unless {@code ifMatch} names {@code currentVersion}: 428 when it is absent, 412 when stale.
     * Accepts a list of tags, weak tags and {@code *} as RFC 9110 allows.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingIfMatch();
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                return;
            }
        }
        throw new StaleVersion("The resource has changed (current ETag \"" + current + "\"); reload it and retry");
    }
}
