package org.duban.account;

/** What a person may do in Duban. API tokens carry scopes instead (see {@link Roles}). */
public enum Role {
    /** users, units, tokens, settings */
    ADMIN,
    /** plans, assignments, reviews, urges, all statistics */
    SUPERVISOR,
    /** one unit's assignments, reports and figures */
    REPORTER,
    /** read-only dashboards and statistics */
    VIEWER
}
