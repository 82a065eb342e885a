package org.duban.reporting;

/** DRAFT → SUBMITTED → APPROVED | RETURNED; a RETURNED report is revised and submitted again. */
public enum ReportState {
    DRAFT, SUBMITTED, APPROVED, RETURNED
}
