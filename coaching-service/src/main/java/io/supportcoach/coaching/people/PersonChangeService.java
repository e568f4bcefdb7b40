package io.supportcoach.coaching.people;

import java.util.ArrayList;
import java.util.List;

import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.programme.EnrolmentService;
import io.supportcoach.coaching.session.SessionService;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.persistence.inbox.Receipt;
import io.supportcoach.persistence.inbox.ReceivedChanges;
import io.supportcoach.persistence.inbox.ReportedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Acts on what the register of people reports, once per delivery key ({@link ReceivedChanges}). */
@ApplicationScoped
public class PersonChangeService {

    /** The register of people is the only source of these changes. */
    static final String REGISTER = "skills-service";
    /** Every change the register reported, kept for good with what it did here. */
    static final String RECEIVED = "received_person_change";

    private final ReceivedChanges receivedChanges;
    private final Caller caller;
    private final SessionService sessions;
    private final EnrolmentService enrolments;

    public PersonChangeService(ReceivedChanges receivedChanges, Caller caller, SessionService sessions,
            EnrolmentService enrolments) {
        this.receivedChanges = receivedChanges;
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
        // A key is for one person's one kind of change.
        var reported = ReportedChange.of(RECEIVED, deliveryKey, caller.id(), change, "employeeId", "change");
        Receipt receipt = receivedChanges.receive(reported, () -> apply(change)).orElseThrow(() -> ProblemException
                .unprocessable("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for another change."));
        return new PersonChangeResponse(change.employeeId(), change.change(), receipt.effects(PersonChangeEffect.class),
                receipt.receivedAt());
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
}
