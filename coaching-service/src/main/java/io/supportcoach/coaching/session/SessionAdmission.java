package io.supportcoach.coaching.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.coach.WorkingWeek;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Who may create a session, and in which status: HR or the coach schedule one ahead or record one that took place; a
 * manager schedules one ahead for people of the teams they manage; an employee requests one with a coach of a
 * programme they are active in. What the programme and the time must be for that status is checked here too.
 */
@ApplicationScoped
class SessionAdmission {

    private final Caller caller;
    private final EntityManager entityManager;

    SessionAdmission(Caller caller, EntityManager entityManager) {
        this.caller = caller;
        this.entityManager = entityManager;
    }

    /**
     * The status the new session starts in, by who asks; refuses (403) whoever may not create it. The coachees' teams
     * are those of the register, read before the transaction.
     */
    SessionStatus statusFor(SessionRequest request, Coach coach, CoacheeRegister coachees) {
        if (isHrOrTheCoach(coach)) {
            return request.recordsThePast() ? SessionStatus.COMPLETED : SessionStatus.SCHEDULED;
        }
        if (schedulesAsManager(request)) {
            if (request.recordsThePast()) {
                throw new ProblemException(403, "NOT_THE_COACH", "Forbidden",
                        "A manager schedules sessions ahead; the coach or HR records one that took place.");
            }
            requireManagesEveryCoachee(request, coachees);
            return SessionStatus.SCHEDULED;
        }
        return requestedByEmployee(request, coach);
    }

    /** Before a replay: what a manager needed to schedule the session holds still (403 otherwise). */
    void requireMayStillCreate(SessionRequest request, Coach coach, CoacheeRegister coachees) {
        if (!isHrOrTheCoach(coach) && schedulesAsManager(request)) {
            requireManagesEveryCoachee(request, coachees);
        }
    }

    private boolean isHrOrTheCoach(Coach coach) {
        return caller.hasRole(Roles.HR_ADMIN) || coach.employeeId.equals(caller.id());
    }

    /** A manager books for others; one who is also an employee asks for a session of their own as employees do. */
    private boolean schedulesAsManager(SessionRequest request) {
        return caller.hasRole(Roles.MANAGER)
                && !(caller.hasRole(Roles.EMPLOYEE) && request.coacheeIds().equals(List.of(caller.id())));
    }

    /**
     * Every coachee is, by the register, in a team the manager manages; someone the register does not know is in
     * none, so a manager learns nothing of people outside their teams.
     */
    private void requireManagesEveryCoachee(SessionRequest request, CoacheeRegister coachees) {
        Set<String> managed = caller.managedTeams();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.coacheeIds().size(); i++) {
            String coachee = request.coacheeIds().get(i);
            String team = coachees.teamOf(coachee);
            if (team == null || !managed.contains(team)) {
                errors.add(new FieldError("coacheeIds[" + i + "]", "NOT_YOUR_TEAM",
                        coachee + " is not in a team you manage"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(403, "NOT_YOUR_TEAM", "Forbidden",
                    "A manager schedules sessions only for people of the teams they manage.", errors, Map.of());
        }
    }

    /** What the time and programme must be for a session created in this status (422, 409 or 400). */
    void requireFits(SessionRequest request, Coach coach, SessionStatus status) {
        requireTime(request, status);
        if (request.programmeId() != null) {
            requireProgramme(request, coach);
        }
        if (status != SessionStatus.COMPLETED) {
            WorkingWeek.of(coach).requireCovers(request.start(), request.end(), coach.displayName);
        }
    }

    private SessionStatus requestedByEmployee(SessionRequest request, Coach coach) {
        if (!caller.hasRole(Roles.EMPLOYEE) || request.recordsThePast()) {
            throw new ProblemException(403, "NOT_THE_COACH", "Forbidden",
                    "A coach schedules and records sessions for themselves only.");
        }
        if (!request.coacheeIds().equals(List.of(caller.id()))) {
            throw new ProblemException(403, "NOT_YOUR_SESSION", "Forbidden",
                    "An employee requests sessions for themself alone.");
        }
        var enrolments = entityManager.createNativeQuery("select e.programme_id from enrolment e"
                + " join programme p on p.id = e.programme_id where e.employee_id = ?1 and e.status = 'ACTIVE'"
                + " and p.coach_ids @> array[cast(?2 as uuid)]", UUID.class)
                .setParameter(1, caller.id()).setParameter(2, coach.id).getResultList();
        boolean enrolledWithCoach = request.programmeId() == null ? !enrolments.isEmpty()
                : enrolments.contains(request.programmeId());
        if (!enrolledWithCoach) {
            throw new ProblemException(403, "NOT_ENROLLED_WITH_COACH", "Forbidden",
                    "You may request sessions only with a coach of a programme you are active in.");
        }
        return SessionStatus.REQUESTED;
    }

    /** A session ahead starts in the future; one recorded afterwards has begun, and says what was observed. */
    private void requireTime(SessionRequest request, SessionStatus status) {
        Instant now = Instant.now();
        if (status == SessionStatus.COMPLETED) {
            if (request.start().isAfter(now)) {
                throw new ProblemException(422, "START_IN_FUTURE", "Unprocessable request",
                        "A session recorded as COMPLETED must have begun already.",
                        List.of(new FieldError("start", "START_IN_FUTURE", "must not lie in the future")), Map.of());
            }
            if (request.completion() == null) {
                throw ProblemException.invalidField("completion", "REQUIRED",
                        "a session recorded as COMPLETED says what was observed");
            }
            return;
        }
        if (request.completion() != null) {
            throw ProblemException.invalidField("completion", "NOT_COMPLETED",
                    "only a session recorded with status COMPLETED takes a completion");
        }
        if (!request.start().isAfter(now)) {
            throw new ProblemException(422, "START_IN_PAST", "Unprocessable request",
                    "A session ahead must start in the future. To record one that took place, send status COMPLETED "
                            + "with its completion.",
                    List.of(new FieldError("start", "START_IN_PAST", "must lie in the future")), Map.of());
        }
    }

    /** The coach coaches in the programme, and every coachee is invited to or active in it. */
    private void requireProgramme(SessionRequest request, Coach coach) {
        UUID programmeId = request.programmeId();
        @SuppressWarnings("unchecked")
        List<Object> coaches = entityManager.createNativeQuery("select p.coach_ids @> array[cast(?2 as uuid)]"
                + " from programme p where p.id = ?1").setParameter(1, programmeId).setParameter(2, coach.id)
                .getResultList();
        if (coaches.isEmpty()) {
            throw new ProblemException(422, "UNKNOWN_PROGRAMME", "Unprocessable request", "No programme has this id.",
                    List.of(new FieldError("programmeId", "UNKNOWN_PROGRAMME",
                            "no programme has the id '" + programmeId + "'")), Map.of());
        }
        if (!Boolean.TRUE.equals(coaches.get(0))) {
            throw new ProblemException(422, "COACH_NOT_IN_PROGRAMME", "Unprocessable request",
                    "The coach is not a coach of this programme.", List.of(new FieldError("coachId",
                            "COACH_NOT_IN_PROGRAMME", "the coach does not coach in this programme")), Map.of());
        }
        @SuppressWarnings("unchecked")
        List<String> enrolled = entityManager.createNativeQuery("select employee_id from enrolment"
                + " where programme_id = ?1 and employee_id in (?2) and status in ('INVITED', 'ACTIVE')")
                .setParameter(1, programmeId).setParameter(2, request.coacheeIds()).getResultList();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.coacheeIds().size(); i++) {
            if (!enrolled.contains(request.coacheeIds().get(i))) {
                errors.add(new FieldError("coacheeIds[" + i + "]", "NOT_ENROLLED",
                        request.coacheeIds().get(i) + " is not invited to or active in the programme"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "NOT_ENROLLED", "Unprocessable request",
                    "Some coachees are not enrolled in the programme.", errors, Map.of());
        }
    }
}
