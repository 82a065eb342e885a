package org.duban.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.function.Consumer;

import org.duban.common.Conflict;
import org.duban.common.InvalidInput;
import org.junit.jupiter.api.Test;

/** Every transition of the report state machine, legal and illegal. */
class ProgressReportStateTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-04-03T10:00:00+08:00");

    private static ProgressReport in(ReportState state) {
        ProgressReport report = new ProgressReport();
        report.state = state;
        return report;
    }

    private static final Consumer<ProgressReport> SUBMIT = r -> r.submit(NOW);
    private static final Consumer<ProgressReport> APPROVE = r -> r.approve("supervisor", null, NOW);
    private static final Consumer<ProgressReport> RETURN = r -> r.returnForRevision("supervisor", "补充佐证材料", NOW);

    @Test
    void legalTransitions() {
        ProgressReport report = in(ReportState.DRAFT);
        SUBMIT.accept(report);
        assertEquals(ReportState.SUBMITTED, report.state);
        assertEquals(NOW, report.submittedAt);
        RETURN.accept(report);
        assertEquals(ReportState.RETURNED, report.state);
        assertEquals("补充佐证材料", report.reviewerComment);
        SUBMIT.accept(report);
        assertEquals(ReportState.SUBMITTED, report.state);
        APPROVE.accept(report);
        assertEquals(ReportState.APPROVED, report.state);
        assertEquals("supervisor", report.reviewedBy);
    }

    @Test
    void illegalTransitionsAreConflicts() {
        for (ReportState state : EnumSet.complementOf(EnumSet.of(ReportState.DRAFT, ReportState.RETURNED))) {
            assertThrows(Conflict.class, () -> SUBMIT.accept(in(state)), "submit from " + state);
        }
        for (ReportState state : EnumSet.complementOf(EnumSet.of(ReportState.SUBMITTED))) {
            assertThrows(Conflict.class, () -> APPROVE.accept(in(state)), "approve from " + state);
            assertThrows(Conflict.class, () -> RETURN.accept(in(state)), "return from " + state);
        }
        assertThrows(Conflict.class, () -> in(ReportState.APPROVED).requireEditable());
        assertThrows(Conflict.class, () -> in(ReportState.SUBMITTED).requireEditable());
    }

    @Test
    void returningNeedsAComment() {
        assertThrows(InvalidInput.class, () -> in(ReportState.SUBMITTED).returnForRevision("s", " ", NOW));
        assertThrows(InvalidInput.class, () -> in(ReportState.SUBMITTED).returnForRevision("s", null, NOW));
    }
}
