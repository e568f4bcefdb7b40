package io.supportcoach.coaching.session;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.supportcoach.coaching.client.SessionEvidence;
import io.supportcoach.http.client.SkillCodeCheck;
import io.supportcoach.coaching.client.SkillsServiceClient;
import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.coach.WorkingWeek;
import io.supportcoach.coaching.people.KnownPeople;
import io.supportcoach.coaching.relation.CoachingRelations;
import io.supportcoach.coaching.scenario.ScenarioService;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import io.supportcoach.persistence.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Schedules sessions and moves them through their lifecycle. Who may see a session: HR, its coach, its coachees, and a
 * manager of a team one of its coachees was in when it was booked (moved along for sessions ahead when someone changes
 * team); anyone else gets the same 404 as for a session that does not exist.
 *
 * <p>Nobody is double-booked: every writer of a person's schedule first takes a transaction-scoped advisory lock per
 * person (in one order, so two writers never deadlock), then looks for an overlapping scheduled session, which it now
 * sees committed, and names it in a 409. The exclusion constraint on {@code session_participant} is the backstop
 * should any writer skip the lock.
 */
@ApplicationScoped
public class SessionService {

    static final String SCHEDULE_CONFLICT = "SCHEDULE_CONFLICT";
    static final String LEFT_REASON = "left the organisation";
    /** How long a session lets its coach read and write about those who attended it. */
    static final Duration COACHING_LASTS = Duration.ofDays(365);

    private final EntityManager entityManager;
    private final SessionQueries queries;
    private final KeysetPager pager;
    private final Caller caller;
    private final SkillsServiceClient skillsService;
    private final KnownPeople knownPeople;
    private final Outbox outbox;
    private final SessionResponses responses;
    private final CoachingRelations relations;
    private final SessionAdmission admission;

    public SessionService(EntityManager entityManager, SessionQueries queries, KeysetPager pager, Caller caller,
            SkillsServiceClient skillsService, KnownPeople knownPeople, Outbox outbox, SessionResponses responses,
            CoachingRelations relations, SessionAdmission admission) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.pager = pager;
        this.caller = caller;
        this.skillsService = skillsService;
        this.knownPeople = knownPeople;
        this.outbox = outbox;
        this.responses = responses;
        this.relations = relations;
        this.admission = admission;
    }

    /**
     * What skills-service says of the skills in focus and of each coachee (their register entry, from this service's
     * copy or read with its own token: {@link KnownPeople}), asked before the transaction begins, so no database
     * connection waits on another service. Repeats are refused first, at no call's cost.
     */
    public SessionChecks check(SessionRequest request) {
        Distinct.require("skills", request.skills());
        Distinct.require("coacheeIds", request.coacheeIds());
        SkillCodeCheck skills = skillsService.checkSkillCodes(request.skills());
        return new SessionChecks(skills, new CoacheeRegister(knownPeople.entriesOf(request.coacheeIds())));
    }

    /**
     * Before a create is replayed from its Idempotency-Key: a manager still manages the teams of all its coachees, so
     * a stored session never reaches a manager whose person has moved on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireMayStillCreate(SessionRequest request, SessionChecks checks) {
        Coach.<Coach>findByIdOptional(request.coachId())
                .ifPresent(coach -> admission.requireMayStillCreate(request, coach, checks.coachees()));
    }

    /** A read, in the same few statements whatever the page's length; it needs no transaction. */
    public Page<SessionResponse> listSessions(SessionFilter filter, PageRequest page) {
        var window = pager.open(SessionQueries.BY_START, page, filter.coach, filter.coachee, filter.from, filter.to,
                filter.status, filter.programme, caller.id());
        String visibleTo = caller.hasRole(Roles.HR_ADMIN) ? null : caller.id();
        List<CoachingSession> rows = queries.findPage(filter, visibleTo, managedTeams(), window);
        // The row past the page only proves that another page follows: its details are not needed.
        Map<UUID, SessionResponse> shown = responses.of(rows.subList(0, Math.min(rows.size(), window.fetchSize() - 1)));
        return window.page(rows, session -> shown.get(session.id));
    }

    /** A read; it needs no transaction. */
    public Versioned<SessionResponse> findSession(UUID id) {
        return versioned(requireVisible(id));
    }

    /**
     * A coach schedules or records sessions for themselves, HR for any active coach, a manager schedules ahead for
     * people of the teams they manage; an employee requests one, which holds nobody's time until the coach confirms
     * it ({@link SessionAdmission}). Each coachee's team is kept with them, for their managers.
     */
    @Transactional
    public Versioned<SessionResponse> createSession(SessionRequest request, SessionChecks checks) {
        checks.skills().requireUsable("skills", request.skills(), List.of());
        SessionRules.requireTimes(request.start(), request.end(), request.timeZone());
        SessionRules.requireShape(request);
        ScenarioService.requireKnown("scenarioId", request.scenarioId());
        Coach coach = Coach.<Coach>findByIdOptional(request.coachId()).orElseThrow(() -> new ProblemException(422,
                "UNKNOWN_COACH", "Unprocessable request", "No coach has this id.",
                List.of(new FieldError("coachId", "UNKNOWN_COACH", "no coach has the id '" + request.coachId() + "'")),
                Map.of()));
        SessionStatus status = admission.statusFor(request, coach, checks.coachees());
        checks.coachees().requireActive(request.coacheeIds());
        if (!coach.active) {
            throw new ProblemException(422, "COACH_INACTIVE", "Unprocessable request",
                    "This coach takes no coachees at the moment.",
                    List.of(new FieldError("coachId", "COACH_INACTIVE", "the coach is not active")), Map.of());
        }
        admission.requireFits(request, coach, status);
        int asCoachee = request.coacheeIds().indexOf(coach.employeeId);
        if (asCoachee >= 0) {
            throw ProblemException.invalidField("coacheeIds[" + asCoachee + "]", "IS_THE_COACH",
                    "the coach cannot coach themselves");
        }
        var session = new CoachingSession();
        session.id = UUID.randomUUID();
        session.kind = request.kind();
        session.coachId = coach.id;
        session.coachEmployeeId = coach.employeeId;
        session.coacheeIds = new ArrayList<>(request.coacheeIds());
        session.start = micros(request.start());
        session.end = micros(request.end());
        session.timeZone = request.timeZone();
        session.skills = new ArrayList<>(request.skills());
        session.scenarioId = request.scenarioId();
        session.location = request.location();
        session.meetingLink = request.meetingLink();
        session.agenda = request.agenda();
        session.programmeId = request.programmeId();
        session.status = status;
        session.stampCreated(caller.id());
        if (status == SessionStatus.SCHEDULED) {
            requireFree(session, session.start, session.end);
        }
        session.persistAndFlush();
        List<String> people = participants(session);
        String[] roles = new String[people.size()];
        String[] teams = new String[people.size()];
        for (int i = 0; i < people.size(); i++) {
            boolean isCoach = people.get(i).equals(session.coachEmployeeId);
            roles[i] = isCoach ? "COACH" : "COACHEE";
            teams[i] = isCoach ? null : checks.coachees().teamOf(people.get(i));
        }
        entityManager.createNativeQuery("insert into session_participant"
                + " (session_id, person, role, during, status, team_id)"
                + " select ?1, p.person, p.role, tstzrange(?4, ?5, '[)'), ?6, p.team_id"
                + " from unnest(cast(?2 as varchar[]), cast(?3 as varchar[]), cast(?7 as varchar[]))"
                + " as p(person, role, team_id)")
                .setParameter(1, session.id).setParameter(2, people.toArray(String[]::new)).setParameter(3, roles)
                .setParameter(4, session.start).setParameter(5, session.end).setParameter(6, status.name())
                .setParameter(7, teams)
                .executeUpdate();
        if (status == SessionStatus.COMPLETED) {
            recordCompletion(session, request.completion());
        }
        return new Versioned<>(responses.ofNew(session), session.version);
    }

    /** Moves a scheduled session; its earlier times go to its history, and the new ones must be free for everyone. */
    @Transactional
    public Versioned<SessionResponse> reschedule(UUID id, IfMatch ifMatch, RescheduleRequest request) {
        CoachingSession session = requireVisible(id);
        requireMayCancelOrMove(session);
        ifMatch.require(session.version);
        requireScheduled(session, "rescheduled");
        SessionRules.requireTimes(request.start(), request.end(), request.timeZone());
        Instant start = micros(request.start());
        Instant end = micros(request.end());
        requireWithinWorkingHours(session, start, end);
        requireFree(session, start, end);
        entityManager.createNativeQuery("insert into session_reschedule"
                + " (session_id, position, starts_at, ends_at, time_zone, rescheduled_at, rescheduled_by)"
                + " select ?1, coalesce(max(position), 0) + 1, ?2, ?3, ?4, ?5, ?6 from session_reschedule"
                + " where session_id = ?1")
                .setParameter(1, session.id).setParameter(2, session.start).setParameter(3, session.end)
                .setParameter(4, session.timeZone).setParameter(5, micros(Instant.now()))
                .setParameter(6, caller.id()).executeUpdate();
        session.start = start;
        session.end = end;
        session.timeZone = request.timeZone();
        session.stampUpdated(caller.id());
        session.flush();
        entityManager.createNativeQuery("update session_participant set during = tstzrange(?2, ?3, '[)')"
                + " where session_id = ?1")
                .setParameter(1, session.id).setParameter(2, start).setParameter(3, end).executeUpdate();
        return versioned(session);
    }

    /**
     * Cancels a scheduled session, or withdraws a requested one: the employee who asked, or HR, may; its coach declines
     * it instead, which tells the employee it was turned down rather than taken back.
     */
    @Transactional
    public Versioned<SessionResponse> cancel(UUID id, IfMatch ifMatch, CancelRequest request) {
        CoachingSession session = requireVisible(id);
        boolean requested = session.status == SessionStatus.REQUESTED;
        if (!requested) {
            requireMayCancelOrMove(session);
        }
        ifMatch.require(session.version);
        if (requested) {
            requireRequesterOrHr(session);
        } else {
            requireScheduled(session, "cancelled (and a REQUESTED one withdrawn)");
        }
        end(session, SessionStatus.CANCELLED, request.reason(), caller.id());
        return versioned(session);
    }

    /**
     * The coach or HR accepts a requested session. A request holds nobody's time, so that an employee cannot block a
     * coach's calendar by asking; the time is checked now, against everyone's schedule and the coach's hours.
     */
    @Transactional
    public Versioned<SessionResponse> confirm(UUID id, IfMatch ifMatch) {
        CoachingSession session = requireVisible(id);
        requireCoachOrHr(session);
        ifMatch.require(session.version);
        requireRequested(session, "confirmed");
        if (!session.start.isAfter(Instant.now())) {
            throw ProblemException.conflict("SESSION_START_PASSED",
                    "The requested start has passed; decline the request and ask for a new time.");
        }
        requireWithinWorkingHours(session, session.start, session.end);
        requireFree(session, session.start, session.end);
        session.status = SessionStatus.SCHEDULED;
        session.stampUpdated(caller.id());
        session.flush();
        entityManager.createNativeQuery("update session_participant set status = 'SCHEDULED' where session_id = ?1")
                .setParameter(1, session.id).executeUpdate();
        return versioned(session);
    }

    /** The coach or HR turns a requested session down, saying why. */
    @Transactional
    public Versioned<SessionResponse> decline(UUID id, IfMatch ifMatch, DeclineRequest request) {
        CoachingSession session = requireVisible(id);
        requireCoachOrHr(session);
        ifMatch.require(session.version);
        requireRequested(session, "declined");
        session.declineReason = request.reason();
        end(session, SessionStatus.DECLINED, null, caller.id());
        return versioned(session);
    }

    /** The coachee did not come: only once the session has begun. */
    @Transactional
    public Versioned<SessionResponse> noShow(UUID id, IfMatch ifMatch) {
        CoachingSession session = requireVisible(id);
        requireCoachOrHr(session);
        ifMatch.require(session.version);
        requireScheduled(session, "marked a no-show");
        requireStarted(session, "marked a no-show");
        end(session, SessionStatus.NO_SHOW, null, caller.id());
        return versioned(session);
    }

    /**
     * Records what the session showed. Each observation is written to the outbox in this transaction, so it reaches
     * skills-service as evidence exactly once, whether skills-service is up now or only later. The evidence is dated
     * at the session's end, or now for a session completed before its planned end. Those who attended become the
     * coach's coachees in skills-service for {@link #COACHING_LASTS} after the session, told the same way.
     */
    @Transactional
    public Versioned<SessionResponse> complete(UUID id, IfMatch ifMatch, CompleteRequest request) {
        CoachingSession session = requireVisible(id);
        requireCoachOrHr(session);
        ifMatch.require(session.version);
        requireScheduled(session, "completed");
        requireStarted(session, "completed");
        recordCompletion(session, request);
        return versioned(session);
    }

    /** What completing does, whether a scheduled session is completed or one that took place is recorded. */
    private void recordCompletion(CoachingSession session, CompleteRequest request) {
        Set<String> attended = SessionRules.attendance(session, request.attendance());
        SessionRules.requireObservations(session, attended, request.observations());
        Instant now = micros(Instant.now());
        session.privateNotes = request.privateNotes();
        session.completedAt = now;
        end(session, SessionStatus.COMPLETED, null, caller.id());
        entityManager.createNativeQuery("update session_participant set attended = (person = any(cast(?2 as varchar[])))"
                + " where session_id = ?1 and role = 'COACHEE'")
                .setParameter(1, session.id).setParameter(2, attended.toArray(String[]::new)).executeUpdate();
        for (String coachee : new TreeSet<>(attended)) {
            relations.grant("session:" + session.id + ":" + coachee, session.coachEmployeeId, coachee,
                    session.end.plus(COACHING_LASTS));
        }
        Instant observedAt = session.end.isBefore(now) ? session.end : now;
        for (CompleteRequest.Observation observation : request.observations()) {
            UUID message = outbox.enqueue(SessionEvidence.AGGREGATE_TYPE, session.id.toString(),
                    SessionEvidence.MESSAGE_TYPE, SessionEvidence.DESTINATION,
                    new SessionEvidence(observation.employeeId(), observation.skill(), observation.level(), observedAt,
                            observation.observed(), "coaching-session:" + session.id));
            entityManager.createNativeQuery("insert into session_observation"
                    + " (session_id, employee_id, skill, level, observed, outbox_message_id)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, session.id).setParameter(2, observation.employeeId())
                    .setParameter(3, observation.skill()).setParameter(4, observation.level().shortValue())
                    .setParameter(5, observation.observed()).setParameter(6, message).executeUpdate();
        }
    }

    /**
     * Cancels the scheduled sessions of someone who left that have not begun, as coach or coachee; returns how many.
     * Called by the people feature inside its transaction, as skills-service acting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelFutureSessionsOf(String employeeId, String actor) {
        @SuppressWarnings("unchecked")
        List<CoachingSession> sessions = entityManager.createNativeQuery("select s.* from coaching_session s"
                + " where s.status in ('SCHEDULED', 'REQUESTED') and s.starts_at > now()"
                + " and (s.coach_employee_id = ?1 or s.coachee_ids @> array[cast(?1 as varchar)]) for update",
                CoachingSession.class).setParameter(1, employeeId).getResultList();
        for (CoachingSession session : sessions) {
            end(session, SessionStatus.CANCELLED, LEFT_REASON, actor);
        }
        return sessions.size();
    }

    /**
     * Moves a coachee who changed team to their new team in their scheduled or requested sessions that have not
     * begun, so the new team's managers see what lies ahead and the old team's keep the history; returns in how many
     * sessions. Called by the people feature inside its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int moveFutureSessionsToTeam(String employeeId, String teamId) {
        return entityManager.createNativeQuery("update session_participant p set team_id = ?2 from coaching_session s"
                + " where s.id = p.session_id and p.person = ?1 and p.role = 'COACHEE'"
                + " and s.status in ('SCHEDULED', 'REQUESTED') and s.starts_at > now()"
                + " and p.team_id is distinct from ?2")
                .setParameter(1, employeeId).setParameter(2, teamId).executeUpdate();
    }

    private void end(CoachingSession session, SessionStatus status, String reason, String actor) {
        session.status = status;
        session.cancelReason = reason;
        session.stampUpdated(actor);
        session.flush();
        entityManager.createNativeQuery("update session_participant set status = ?2 where session_id = ?1")
                .setParameter(1, session.id).setParameter(2, status.name()).executeUpdate();
    }

    /** Locks the schedule of everyone in the session, then refuses the time if any of them is busy then. */
    private void requireFree(CoachingSession session, Instant start, Instant end) {
        List<String> people = participants(session);
        // One statement for all the locks: unnest yields the sorted names in order, so they are taken in that order.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('session-person:' || person, 0))"
                + " from unnest(cast(?1 as varchar[])) person")
                .setParameter(1, new TreeSet<>(people).toArray(String[]::new)).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> busy = entityManager.createNativeQuery("select p.person, lower(p.during), upper(p.during)"
                + " from session_participant p where p.person in (?1) and p.status = 'SCHEDULED'"
                + " and p.during && tstzrange(?2, ?3, '[)') and p.session_id <> ?4 order by lower(p.during) limit 1")
                .setParameter(1, people).setParameter(2, start).setParameter(3, end).setParameter(4, session.id)
                .getResultList();
        if (busy.isEmpty()) {
            return;
        }
        Object[] row = busy.get(0);
        String person = (String) row[0];
        String when = "from " + instant(row[1]) + " to " + instant(row[2]);
        String field = person.equals(session.coachEmployeeId) ? "coachId"
                : "coacheeIds[" + session.coacheeIds.indexOf(person) + "]";
        throw new ProblemException(409, SCHEDULE_CONFLICT, "Conflict",
                person + " is already in a scheduled session " + when + ".",
                List.of(new FieldError(field, SCHEDULE_CONFLICT, person + " is busy " + when)), Map.of());
    }

    /** A timestamp column of a native query, whichever type the driver gave it. */
    static Instant instant(Object column) {
        return column instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                : column instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
    }

    private static List<String> participants(CoachingSession session) {
        List<String> people = new ArrayList<>(session.coacheeIds);
        people.add(0, session.coachEmployeeId);
        return people;
    }

    /**
     * HR, the session's coach and its coachees see it, and a manager of a team one of its coachees is kept in; anyone
     * else gets the same answer as for nothing there.
     */
    private CoachingSession requireVisible(UUID id) {
        CoachingSession session = CoachingSession.findById(id);
        if (session == null || !(caller.hasRole(Roles.HR_ADMIN) || session.takesPart(caller.id())
                || managesACoacheeOf(session))) {
            throw ProblemException.notFound("No coaching session has the id '" + id + "'.");
        }
        return session;
    }

    /** The teams whose sessions the caller sees as their manager; none for anyone but a manager. */
    private Set<String> managedTeams() {
        return caller.hasRole(Roles.MANAGER) ? caller.managedTeams() : Set.of();
    }

    private boolean managesACoacheeOf(CoachingSession session) {
        Set<String> teams = managedTeams();
        return !teams.isEmpty() && (Boolean) entityManager.createNativeQuery("select exists (select 1"
                + " from session_participant where session_id = ?1 and role = 'COACHEE' and team_id in (?2))")
                .setParameter(1, session.id).setParameter(2, List.copyOf(teams)).getSingleResult();
    }

    private boolean isHrOrCoach(CoachingSession session) {
        return caller.hasRole(Roles.HR_ADMIN) || session.coachEmployeeId.equals(caller.id());
    }

    private void requireCoachOrHr(CoachingSession session) {
        if (!isHrOrCoach(session)) {
            throw new ProblemException(403, "NOT_THE_COACH", "Forbidden",
                    "Only the session's coach or HR records how it went.");
        }
    }

    /** The coach, HR, and the coachee of their own one-to-one. */
    private void requireMayCancelOrMove(CoachingSession session) {
        if (isHrOrCoach(session)
                || session.kind == SessionKind.ONE_TO_ONE && session.coacheeIds.contains(caller.id())) {
            return;
        }
        throw new ProblemException(403, "NOT_THE_COACH", "Forbidden",
                "Only the coach, HR or the coachee of a one-to-one may cancel or move this session.");
    }

    /** A request is withdrawn by the employee who made it, its one coachee, or by HR; its coach declines it. */
    private void requireRequesterOrHr(CoachingSession session) {
        if (caller.hasRole(Roles.HR_ADMIN) || session.coacheeIds.contains(caller.id())) {
            return;
        }
        throw ProblemException.conflict("DECLINE_INSTEAD", "The session is REQUESTED: its coach declines the request "
                + "(POST /coaching-sessions/{id}/decline) rather than cancelling it.");
    }

    private static void requireScheduled(CoachingSession session, String what) {
        if (session.status != SessionStatus.SCHEDULED) {
            throw ProblemException.conflict("SESSION_NOT_SCHEDULED",
                    "The session is " + session.status + "; only a SCHEDULED session can be " + what + ".");
        }
    }

    private static void requireRequested(CoachingSession session, String what) {
        if (session.status != SessionStatus.REQUESTED) {
            throw ProblemException.conflict("SESSION_NOT_REQUESTED",
                    "The session is " + session.status + "; only a REQUESTED session can be " + what + ".");
        }
    }

    private static void requireWithinWorkingHours(CoachingSession session, Instant start, Instant end) {
        Coach coach = Coach.findById(session.coachId);
        WorkingWeek.of(coach).requireCovers(start, end, coach.displayName);
    }

    private static void requireStarted(CoachingSession session, String what) {
        if (session.start.isAfter(Instant.now())) {
            throw ProblemException.conflict("SESSION_NOT_STARTED",
                    "The session has not begun yet, so it cannot be " + what + ".");
        }
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private Versioned<SessionResponse> versioned(CoachingSession session) {
        return new Versioned<>(responses.of(session), session.version);
    }
}
