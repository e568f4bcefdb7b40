package io.supportcoach.coaching.relation;

import java.time.Instant;

/**
 * The outbox payload that tells skills-service a coach coaches a coachee, under a reference that names why
 * ({@code enrolment:<id>}, {@code session:<id>:<coachee>}), until {@code validUntil} (null: until revoked). A
 * revocation carries the reference alone.
 */
public record CoachingRelationMessage(String reference, String coachId, String coacheeId, Instant validUntil) {

    public static final String AGGREGATE_TYPE = "coaching-relation";
    public static final String GRANTED = "coaching-relation-granted";
    public static final String REVOKED = "coaching-relation-revoked";
    public static final String DESTINATION = "skills-service";

    static CoachingRelationMessage revocation(String reference) {
        return new CoachingRelationMessage(reference, null, null, null);
    }
}
