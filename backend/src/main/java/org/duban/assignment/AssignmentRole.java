package org.duban.assignment;

/** LEAD (牵头) carries the task; CO (配合) contributes. */
public enum AssignmentRole {
    LEAD, CO
}
