package io.supportcoach.secondment.opportunity;

/**
 * Where an opportunity stands: a DRAFT its host team prepares, OPEN while people may be proposed for it, then CLOSED
 * (it ran its course) or CANCELLED (it will not run). Only an OPEN opportunity takes new placements.
 */
public enum OpportunityStatus {
    DRAFT,
    OPEN,
    CLOSED,
    CANCELLED
}
