package org.duban.account;

/**
 * Role names as the security annotations name them. People have roles; API tokens have scopes,
 * which appear in the security identity as {@code scope:<name>} roles.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String REPORTER = "REPORTER";
    public static final String VIEWER = "VIEWER";

    public static final String SCOPE_PREFIX = "scope:";
    public static final String SCOPE_READ = "scope:read";
    public static final String SCOPE_WRITE_METRIC_VALUES = "scope:write:metric-values";
    public static final String SCOPE_WRITE_PROGRESS_REPORTS = "scope:write:progress-reports";
    public static final String SCOPE_IMPORT = "scope:import";

    private Roles() {
    }
}
