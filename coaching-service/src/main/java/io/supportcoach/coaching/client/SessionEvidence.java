package io.supportcoach.coaching.client;

import java.time.Instant;

/**
 * The outbox payload of one observation: evidence of source COACHING_SESSION that skills-service records about the
 * coachee. The reference names the session, so skills-service records it once per person, skill and session.
 */
public record SessionEvidence(String employeeId, String skill, int level, Instant observedAt, String note,
        String reference) {

    public static final String AGGREGATE_TYPE = "coaching-session";
    public static final String MESSAGE_TYPE = "session-observation";
    public static final String DESTINATION = "skills-service";
}
