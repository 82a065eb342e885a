package org.duban.common;

import jakarta.ws.rs.core.EntityTag;

/** Strong ETags derived from an entity's optimistic-lock version. */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
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
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new StaleVersion("The resource has changed (current ETag \"" + current + "\"); reload it and retry");
    }
}
