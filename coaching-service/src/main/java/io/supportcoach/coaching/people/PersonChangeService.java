package io.supportcoach.coaching.people;

import java.sql.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.programme.EnrolmentService;
import io.supportcoach.coaching.session.SessionService;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Acts on what the register of people reports, once per delivery key. The key row is written first: a second
 * delivery of the same key waits on it until the first commits, then finds it and answers what the first did.
 */
@ApplicationScoped
public class PersonChangeService {

    /** The register of people is the only source of these changes. */
    static final String REGISTER = "skills-service";

    private final EntityManager entityManager;
    private final Caller caller;
    private final SessionService sessions;
    private final EnrolmentService enrolments;

    public PersonChangeService(EntityManager entityManager, Caller caller, SessionService sessions,
            EnrolmentService enrolments) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.sessions = sessions;
        this.enrolments = enrolments;
    }

    @Transactional
    public PersonChangeResponse receive(String deliveryKey, PersonChangeRequest change) {
        if (!REGISTER.equals(caller.id())) {
            throw ProblemException.forbidden("Only " + REGISTER + " reports changes to people.");
        }
        if (deliveryKey == null || deliveryKey.isBlank()) {
            throw ProblemException.badRequest("IDEMPOTENCY_KEY_REQUIRED",
                    "Send an Idempotency-Key: a change is applied once per key.");
        }
        int inserted = entityManager.createNativeQuery("""
                insert into received_person_change
                    (delivery_key, sender, employee_id, change, team_id, previous_team_id, changed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (delivery_key) do nothing""")
                .setParameter(1, deliveryKey).setParameter(2, caller.id()).setParameter(3, change.employeeId())
                .setParameter(4, change.change().name()).setParameter(5, change.teamId())
                .setParameter(6, change.previousTeamId()).setParameter(7, change.changedAt())
                .executeUpdate();
        if (inserted == 1) {
            List<PersonChangeEffect> effects = apply(change);
            entityManager.createNativeQuery("update received_person_change set effects = cast(?1 as varchar(32)[])"
                    + " where delivery_key = ?2")
                    .setParameter(1, "{" + String.join(",", effects.stream().map(Enum::name).toList()) + "}")
                    .setParameter(2, deliveryKey).executeUpdate();
        }
        return stored(deliveryKey, change);
    }

    private List<PersonChangeEffect> apply(PersonChangeRequest change) {
        List<PersonChangeEffect> effects = new ArrayList<>();
        if (change.change() == PersonChangeKind.LEFT) {
            Coach coach = Coach.<Coach>find("employeeId", change.employeeId()).firstResult();
            if (coach != null && coach.active) {
                coach.active = false;
                coach.stampUpdated(caller.id());
                effects.add(PersonChangeEffect.COACH_DEACTIVATED);
            }
            if (sessions.cancelFutureSessionsOf(change.employeeId(), caller.id()) > 0) {
                effects.add(PersonChangeEffect.SESSIONS_CANCELLED);
            }
            if (enrolments.withdrawOpenEnrolmentsOf(change.employeeId(), caller.id()) > 0) {
                effects.add(PersonChangeEffect.ENROLMENTS_WITHDRAWN);
            }
        } else if (sessions.moveFutureSessionsToTeam(change.employeeId(), change.teamId()) > 0) {
            effects.add(PersonChangeEffect.SESSIONS_MOVED_TO_TEAM);
        }
        return effects;
    }

    /** What the first delivery of the key did; a key reused for another person's change is refused. */
    private PersonChangeResponse stored(String deliveryKey, PersonChangeRequest change) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select employee_id, change, effects, received_at"
                + " from received_person_change where delivery_key = ?1").setParameter(1, deliveryKey)
                .getSingleResult();
        if (!change.employeeId().equals(row[0]) || !change.change().name().equals(row[1])) {
            throw ProblemException.unprocessable("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used for another change.");
        }
        List<PersonChangeEffect> effects = Arrays.stream(textArray(row[2])).map(PersonChangeEffect::valueOf).toList();
        return new PersonChangeResponse(change.employeeId(), change.change(), effects, (Instant) row[3]);
    }

    private static String[] textArray(Object column) {
        try {
            return column instanceof Array array ? (String[]) array.getArray() : (String[]) column;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read the effects of a received change", e);
        }
    }
}
