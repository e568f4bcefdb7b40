package io.supportcoach.coaching.people;

import java.util.ArrayList;
import java.util.List;

import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.programme.EnrolmentService;
import io.supportcoach.coaching.session.SessionService;
import io.supportcoach.http.inbox.ReportedChanges;
import io.supportcoach.identity.Caller;
import io.supportcoach.persistence.inbox.Receipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Acts on what the register of people reports, once per delivery key ({@link ReportedChanges}). */
@ApplicationScoped
public class PersonChangeService {

    /** The register of people is the only source of these changes. */
    static final String REGISTER = "skills-service";
    /** Every change the register reported, kept for good with what it did here. */
    static final String RECEIVED = "received_person_change";

    private final ReportedChanges reportedChanges;
    private final Caller caller;
    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final KnownPeople knownPeople;

    public PersonChangeService(ReportedChanges reportedChanges, Caller caller, SessionService sessions,
            EnrolmentService enrolments, KnownPeople knownPeople) {
        this.reportedChanges = reportedChanges;
        this.caller = caller;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.knownPeople = knownPeople;
    }

    @Transactional
    public PersonChangeResponse receive(String deliveryKey, PersonChangeRequest change) {
        // A key is for one person's one kind of change.
        Receipt receipt = reportedChanges.receive(REGISTER, RECEIVED, deliveryKey, change, () -> apply(change),
                "employeeId", "change");
        return new PersonChangeResponse(change.employeeId(), change.change(), receipt.effects(PersonChangeEffect.class),
                receipt.receivedAt());
    }

    private List<PersonChangeEffect> apply(PersonChangeRequest change) {
        knownPeople.reported(change);
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
