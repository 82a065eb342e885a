package org.duban.metric;

public enum Granularity {
    YEAR, QUARTER, MONTH
}
