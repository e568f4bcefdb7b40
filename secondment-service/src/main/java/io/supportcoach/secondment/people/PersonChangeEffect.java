package io.supportcoach.secondment.people;

/**
 * What this service did about a change: proposals cancelled (someone who left, or moved away from the team they were
 * proposed from), approved placements of a leaver cancelled before they began or ended on the leaving day, and the
 * changes still proposed for a leaver's placements rejected.
 */
public enum PersonChangeEffect {
    PROPOSALS_CANCELLED,
    PLACEMENTS_CANCELLED,
    PLACEMENTS_ENDED_EARLY,
    CHANGES_REJECTED
}
