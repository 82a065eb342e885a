package org.duban.assignment;

public enum AssignmentStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}
