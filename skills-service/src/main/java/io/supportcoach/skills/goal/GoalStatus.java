package io.supportcoach.skills.goal;

/** Where a goal stands: ACTIVE while pursued, ACHIEVED once evidence reached the target, DROPPED when given up. */
public enum GoalStatus {
    ACTIVE,
    ACHIEVED,
    DROPPED
}
