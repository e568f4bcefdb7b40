package io.supportcoach.secondment.placement;

/**
 * Where a placement stands: PROPOSED until the employee and both managers agree, then APPROVED; or REJECTED by a
 * manager, or CANCELLED. ACTIVE and COMPLETED come with the placement's start and the host's review (issue 12).
 */
public enum PlacementStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    CANCELLED;

    static final String PATTERN = "^(PROPOSED|APPROVED|REJECTED|CANCELLED)$";
}
