package io.supportcoach.secondment.placement;

/**
 * Where a placement stands: PROPOSED until the employee and both managers agree, then APPROVED; ACTIVE from its first
 * day; COMPLETED once the host has reviewed it; or REJECTED by a manager, or CANCELLED. ACTIVE is derived, never
 * stored: the row says APPROVED, and what is shown and filtered compares its first day with today (UTC), so nothing
 * has to flip a status at midnight and the allocation and seat rules count one stored value.
 */
public enum PlacementStatus {
    PROPOSED,
    APPROVED,
    ACTIVE,
    COMPLETED,
    REJECTED,
    CANCELLED;

    static final String PATTERN = "^(PROPOSED|APPROVED|ACTIVE|COMPLETED|REJECTED|CANCELLED)$";
}
