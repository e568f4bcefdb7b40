package io.supportcoach.skills.relation;

import java.util.List;

import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.skills.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Keeps the coaching relations in step with coaching-service, their only source. Its outbox delivers the messages
 * of one reference in order and may deliver one twice, so a grant is an upsert by reference and a revocation of
 * nothing is no error.
 */
@ApplicationScoped
public class CoachingRelationService {

    /** The service that knows who coaches whom. */
    static final String SOURCE = "coaching-service";

    /** What a grant did to the relation. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** What a grant did, and the relation as this service now holds it. */
    public record Grant(Outcome outcome, Versioned<CoachingRelationResponse> relation) {
    }

    private final EntityManager entityManager;
    private final Caller caller;
    private final AuditTrail auditTrail;

    public CoachingRelationService(EntityManager entityManager, Caller caller, AuditTrail auditTrail) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.auditTrail = auditTrail;
    }

    /**
     * Inserts or updates in one statement, so two deliveries of the same grant at once cannot collide; the version
     * moves only when something really changed, so a repeated delivery leaves the row as it was.
     */
    @Transactional
    public Grant grantRelation(String reference, CoachingRelationRequest request) {
        requireSource();
        if (request.coachId().equals(request.coacheeId())) {
            throw ProblemException.invalidField("coacheeId", "IS_THE_COACH", "the coach cannot coach themselves");
        }
        @SuppressWarnings("unchecked")
        NativeQuery<Boolean> upsert = entityManager.createNativeQuery("""
                insert into coaching_relation (reference, coach_id, coachee_id, valid_until, created_by, updated_by)
                values (?1, ?2, ?3, ?4, ?5, ?5)
                on conflict (reference) do update
                   set coach_id = excluded.coach_id, coachee_id = excluded.coachee_id,
                       valid_until = excluded.valid_until, version = coaching_relation.version + 1,
                       updated_at = now(), updated_by = excluded.updated_by
                 where (coaching_relation.coach_id, coaching_relation.coachee_id, coaching_relation.valid_until)
                       is distinct from (excluded.coach_id, excluded.coachee_id, excluded.valid_until)
                returning (xmax = 0)""").unwrap(NativeQuery.class);
        // Typed, because an open-ended relation binds a null that PostgreSQL must still read as a timestamp.
        List<Boolean> written = upsert.setParameter(1, reference).setParameter(2, request.coachId())
                .setParameter(3, request.coacheeId()).setParameter(4, request.validUntil(), StandardBasicTypes.INSTANT)
                .setParameter(5, caller.id()).getResultList();
        Outcome outcome = written.isEmpty() ? Outcome.UNCHANGED
                : Boolean.TRUE.equals(written.get(0)) ? Outcome.CREATED : Outcome.UPDATED;
        CoachingRelation relation = CoachingRelation.findById(reference);
        return new Grant(outcome, new Versioned<>(CoachingRelationResponse.from(relation), relation.version));
    }

    /**
     * Ends the relation at once; a reference that names none, or no longer does, is already revoked. The row goes,
     * so the audit trail keeps who coached whom until when.
     */
    @Transactional
    public void revokeRelation(String reference) {
        requireSource();
        // One statement, so two deliveries of the same revocation at once remove the row and audit it once.
        @SuppressWarnings("unchecked")
        List<Object[]> removed = entityManager.createNativeQuery(
                "delete from coaching_relation where reference = ?1 returning coach_id, coachee_id")
                .setParameter(1, reference).getResultList();
        for (Object[] relation : removed) {
            auditTrail.recordDecision(caller.id(), "COACHING_RELATION_REVOKED", "coaching-relation", reference,
                    relation[0] + " no longer coaches " + relation[1] + " under this reference");
        }
    }

    private void requireSource() {
        if (!SOURCE.equals(caller.id())) {
            throw ProblemException.forbidden("Only " + SOURCE + " says who coaches whom.");
        }
    }
}
