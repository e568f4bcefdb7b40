package io.supportcoach.secondment.client;

import java.time.Instant;

/**
 * The outbox payload of one reviewed skill: evidence of source PLACEMENT that skills-service records about the placed
 * employee. The reference names the placement, so skills-service records it once per person, skill and placement.
 */
public record PlacementEvidence(String employeeId, String skill, int level, Instant observedAt, String note,
        String reference) {

    public static final String AGGREGATE_TYPE = "placement";
    public static final String MESSAGE_TYPE = "placement-review";
    public static final String DESTINATION = "skills-service";
}
