package io.supportcoach.coaching.relation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import io.supportcoach.persistence.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Tells skills-service who coaches whom, so that a coach reads and writes about their coachees only. Each grant
 * and revocation goes into the outbox in the caller's transaction: it reaches skills-service once the change is
 * committed, also when skills-service is down now, and the messages of one reference arrive in the order written.
 */
@ApplicationScoped
public class CoachingRelations {

    private final Outbox outbox;

    public CoachingRelations(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The coach (by employee id) coaches the coachee under this reference until {@code validUntil}, or until it is
     * revoked when {@code validUntil} is null. Granting a reference again replaces what it said before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(String reference, String coachEmployeeId, String coacheeId, Instant validUntil) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(coachEmployeeId, "coachEmployeeId");
        Objects.requireNonNull(coacheeId, "coacheeId");
        outbox.enqueue(CoachingRelationMessage.AGGREGATE_TYPE, reference, CoachingRelationMessage.GRANTED,
                CoachingRelationMessage.DESTINATION, new CoachingRelationMessage(reference, coachEmployeeId, coacheeId,
                        validUntil == null ? null : validUntil.truncatedTo(ChronoUnit.MICROS)));
    }

    /** The relation under this reference ends now; revoking one that was never granted does no harm. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String reference) {
        outbox.enqueue(CoachingRelationMessage.AGGREGATE_TYPE, reference, CoachingRelationMessage.REVOKED,
                CoachingRelationMessage.DESTINATION, CoachingRelationMessage.revocation(reference));
    }
}
