package org.duban.metric;

public enum AttainmentStatus {
    MET, NOT_MET, NO_DATA
}
