package org.duban.metric;

/** What a metric measures and so which fields its values carry. */
public enum MetricKind {
    /** a number of things done (value), cumulative within the year */
    COUNT,
    /** numerator / denominator, shown as a percentage */
    RATIO,
    /** a share reported directly (value, 0–100) */
    PERCENT,
    /** a deliverable due by the target date (done, doneDate) */
    DEADLINE,
    /** this metric's ratio against another metric's for the same unit and period */
    COMPARISON
}
