package io.supportcoach.secondment.placement;

/** Where a change to a placement stands: PROPOSED until both managers approve (APPLIED) or one rejects it. */
public enum PlacementChangeStatus {
    PROPOSED,
    APPLIED,
    REJECTED
}
