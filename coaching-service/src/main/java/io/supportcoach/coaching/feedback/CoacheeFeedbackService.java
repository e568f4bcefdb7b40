package io.supportcoach.coaching.feedback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.supportcoach.coaching.session.CoachingSession;
import io.supportcoach.coaching.session.SessionResponse;
import io.supportcoach.coaching.session.SessionStatus;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Takes a coachee's rating of a completed session they attended, once: a second one is refused by the primary key
 * (409 FEEDBACK_ALREADY_GIVEN), also when two arrive at the same moment.
 */
@ApplicationScoped
public class CoacheeFeedbackService {

    private final EntityManager entityManager;
    private final Caller caller;

    public CoacheeFeedbackService(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @Transactional
    public SessionResponse.CoacheeFeedback giveFeedback(UUID sessionId, CoacheeFeedbackRequest request) {
        CoachingSession session = CoachingSession.findById(sessionId);
        String me = caller.id();
        boolean takesPart = session != null
                && (session.coachEmployeeId.equals(me) || session.coacheeIds.contains(me));
        if (session == null || !(takesPart || caller.hasRole(Roles.HR_ADMIN))) {
            throw ProblemException.notFound("No coaching session has the id '" + sessionId + "'.");
        }
        if (!session.coacheeIds.contains(me)) {
            throw new ProblemException(403, "NOT_A_COACHEE", "Forbidden",
                    "Only a coachee of the session rates it.");
        }
        if (session.status != SessionStatus.COMPLETED) {
            throw ProblemException.conflict("SESSION_NOT_COMPLETED",
                    "The session is " + session.status + "; coachees rate a session once it is COMPLETED.");
        }
        Object attended = entityManager.createNativeQuery("select attended from session_participant"
                + " where session_id = ?1 and person = ?2").setParameter(1, sessionId).setParameter(2, me)
                .getSingleResult();
        if (!Boolean.TRUE.equals(attended)) {
            throw ProblemException.conflict("DID_NOT_ATTEND", "You did not attend this session, so you cannot rate it.");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("insert into session_coachee_feedback"
                + " (session_id, employee_id, rating, comment, given_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, sessionId).setParameter(2, me).setParameter(3, request.rating().shortValue())
                .setParameter(4, request.comment()).setParameter(5, now).executeUpdate();
        return new SessionResponse.CoacheeFeedback(me, request.rating(), request.comment(), now);
    }
}
