package org.duban.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

    @Test
    void lostRefusedOrStartingUpConnectionsAndAnEmptyPoolAreUnreachable() {
        assertTrue(DatabaseFaults.unreachable(new IllegalStateException("wrapped", new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseFaults.unreachable(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseFaults.unreachable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseFaults.unreachable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseFaults.unreachable(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(DatabaseFaults.unreachable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFaults.unreachable(new IllegalStateException("a bug")));
    }

    /** Narayana reports a failed commit as a RollbackException holding the driver's error only as a suppressed one. */
    @Test
    void aCommitThatLostItsConnectionIsUnreachableAndUncertain() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        commit.addSuppressed(xa);
        RuntimeException thrown = new RuntimeException(commit);
        assertTrue(DatabaseFaults.unreachable(thrown));
        assertTrue(DatabaseFaults.duringCommit(thrown));
        assertFalse(DatabaseFaults.duringCommit(new RuntimeException(new SQLException("refused", "08001"))));
    }

    @Test
    void aJobRoundIsSkippedWhileTheDatabaseIsAwayAndOtherFailuresPropagate() {
        assertDoesNotThrow(() -> DatabaseFaults.runJob("test job", () -> {
            throw new RuntimeException(new SQLException("refused", "08001"));
        }));
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> DatabaseFaults.runJob("test job", () -> {
            throw bug;
        })));
        assertDoesNotThrow(() -> DatabaseFaults.runJob("test job", () -> { }));
    }
}
