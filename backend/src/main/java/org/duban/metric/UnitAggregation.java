package org.duban.metric;

/** How the figures of several units combine into one for their parent. */
public enum UnitAggregation {
    /** Σ values */
    SUM,
    /** Σ numerators / Σ denominators — never the mean of the units' ratios */
    RATIO_OF_SUMS,
    MIN,
    MAX,
    /** every unit has delivered on time */
    ALL_DONE,
    /** the share of units that meet the target themselves */
    SHARE_MEETING_TARGET
}
