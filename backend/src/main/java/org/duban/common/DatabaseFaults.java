package org.duban.common;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * The database going away (a restart, a network cut) or the pool running dry, told apart from real
 * failures: requests answer 503 (ProblemMapper) and scheduled jobs say so once instead of logging a
 * stack trace every run.
 */
public final class DatabaseFaults {
    private static final Logger LOG = Logger.getLogger(DatabaseFaults.class);
    private static final Set<String> JOBS_WAITING = ConcurrentHashMap.newKeySet();

    private DatabaseFaults() {
    }

    /**
     * A lost or refused connection (SQLSTATE class 08, a server shutting down or starting up: 57P) or an
     * exhausted pool (Agroal: "Sorry, acquisition timeout!", or "Acquisition timeout while waiting for new
     * connection" when a new one takes too long to open), anywhere among the causes. A failed commit carries the driver's exception only as a
     * suppressed one of the transaction manager's RollbackException, so those are searched too.
     */
    public static boolean unreachable(Throwable e) {
        return unreachable(e, 0);
    }

    private static boolean unreachable(Throwable e, int depth) {
        for (Throwable cause = e; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))
                        || String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (unreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the connection broke while a transaction was being committed: the change may or may not be saved. */
    public static boolean duringCommit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.transaction.RollbackException || cause instanceof jakarta.transaction.HeuristicMixedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs one round of a scheduled job. While the database cannot be reached the round is skipped with
     * one warning when that starts and one line when it is over; other failures propagate as before.
     */
    public static void runJob(String job, Runnable round) {
        try {
            round.run();
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw e;
            }
            if (JOBS_WAITING.add(job)) {
                LOG.warnf("%s skipped: the database cannot be reached (%s); retried quietly on every run", job, e.getMessage());
            }
            return;
        }
        if (JOBS_WAITING.remove(job)) {
            LOG.infof("%s ran again: the database is reachable", job);
        }
    }
}
