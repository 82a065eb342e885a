package org.duban.common;

/** Constants shared by the resources' annotations. */
public final class Api {
    public static final String BASE = "/api/v1";
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version being changed (required; 428 without it, 412 when stale)";

    private Api() {
    }
}
