package io.supportcoach.coaching.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.relation.CoachingRelations;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Enrols employees with a coach of a programme and moves enrolments through their lifecycle. HR sees every
 * enrolment, a coach those they coach, an employee their own; anyone else gets the same 404 as for nothing there.
 *
 * <p>A coach never has more open (INVITED or ACTIVE) enrolments than their capacity, however many enrolments arrive
 * at once: each enrolment locks the coach's row first, so enrolments with one coach take turns, and counts the open
 * enrolments only once it holds the lock, when every earlier one is committed and visible. One open enrolment per
 * employee and programme is a unique index, which holds also for enrolments with different coaches.
 */
@ApplicationScoped
public class EnrolmentService {

    static final String COACH_AT_CAPACITY = "COACH_AT_CAPACITY";
    static final String ALREADY_ENROLLED = "ALREADY_ENROLLED";

    private final EntityManager entityManager;
    private final EnrolmentQueries queries;
    private final KeysetPager pager;
    private final Caller caller;
    private final EnrolmentConfig config;
    private final CoachingRelations relations;

    public EnrolmentService(EntityManager entityManager, EnrolmentQueries queries, KeysetPager pager, Caller caller,
            EnrolmentConfig config, CoachingRelations relations) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.pager = pager;
        this.caller = caller;
        this.config = config;
        this.relations = relations;
    }

    @Transactional
    public Versioned<EnrolmentResponse> enrol(UUID programmeId, EnrolmentRequest request) {
        Programme programme = ProgrammeService.requireProgramme(programmeId);
        if (programme.endsOn.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            throw ProblemException.conflict("PROGRAMME_ENDED",
                    "The programme ended on " + programme.endsOn + "; nobody can join it any more.");
        }
        if (!programme.coachIds.contains(request.coachId())) {
            throw new ProblemException(422, "COACH_NOT_IN_PROGRAMME", "Unprocessable request",
                    "The coach is not a coach of this programme.", List.of(new FieldError("coachId",
                            "COACH_NOT_IN_PROGRAMME", "'" + request.coachId() + "' does not coach in this programme")),
                    Map.of());
        }
        Object[] coach = lockCoach(request.coachId());
        String coachEmployeeId = (String) coach[0];
        if (!(Boolean) coach[2]) {
            throw new ProblemException(422, "COACH_INACTIVE", "Unprocessable request",
                    "This coach takes no coachees at the moment.",
                    List.of(new FieldError("coachId", "COACH_INACTIVE", "the coach is not active")), Map.of());
        }
        if (coachEmployeeId.equals(request.employeeId())) {
            throw ProblemException.invalidField("employeeId", "IS_THE_COACH", "the coach cannot coach themselves");
        }
        long alreadyEnrolled = ((Number) entityManager.createNativeQuery("select count(*) from enrolment"
                + " where programme_id = ?1 and employee_id = ?2 and status in ('INVITED', 'ACTIVE')")
                .setParameter(1, programmeId).setParameter(2, request.employeeId()).getSingleResult()).longValue();
        if (alreadyEnrolled > 0) {
            throw ProblemException.conflict(ALREADY_ENROLLED, request.employeeId()
                    + " is already invited to or active in this programme.");
        }
        int capacity = ((Number) coach[1]).intValue();
        long open = ((Number) entityManager.createNativeQuery("select count(*) from enrolment"
                + " where coach_id = ?1 and status in ('INVITED', 'ACTIVE')")
                .setParameter(1, request.coachId()).getSingleResult()).longValue();
        if (open >= capacity) {
            throw ProblemException.conflict(COACH_AT_CAPACITY, "The coach already has " + open + " invited or active "
                    + "coachees, their capacity of " + capacity + ". Choose another coach of the programme.");
        }
        var enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.programmeId = programmeId;
        enrolment.employeeId = request.employeeId();
        enrolment.coachId = request.coachId();
        enrolment.coachEmployeeId = coachEmployeeId;
        enrolment.stampCreated(caller.id());
        enrolment.persistAndFlush();
        return versioned(enrolment);
    }

    public Page<EnrolmentResponse> listEnrolments(UUID programmeId, EnrolmentFilter filter, PageRequest page) {
        ProgrammeService.requireProgramme(programmeId);
        String visibleTo = caller.hasRole(Roles.HR_ADMIN) ? null : caller.id();
        var window = pager.open(EnrolmentQueries.BY_CREATION, page, programmeId, filter.status, filter.stalled,
                visibleTo);
        List<Enrolment> rows = queries.findProgrammePage(programmeId, filter, visibleTo, stalledBefore(), window);
        Map<UUID, Instant> lastSessions = queries.lastCompletedSessions(rows.stream().map(row -> row.id).toList());
        return window.page(rows, enrolment -> response(enrolment, lastSessions.get(enrolment.id)));
    }

    /** The open enrolments of a coach, for HR to reassign when the coach leaves. */
    public Page<CoacheeResponse> listCoachees(UUID coachId, PageRequest page) {
        if (Coach.findById(coachId) == null) {
            throw ProblemException.notFound("No coach has the id '" + coachId + "'.");
        }
        var window = pager.open(EnrolmentQueries.BY_EMPLOYEE, page, coachId);
        List<Enrolment> rows = queries.findCoacheePage(coachId, window);
        Map<UUID, Instant> lastSessions = queries.lastCompletedSessions(rows.stream().map(row -> row.id).toList());
        Map<UUID, String> programmes = queries.programmeNames(rows.stream().map(row -> row.programmeId).toList());
        return window.page(rows, enrolment -> new CoacheeResponse(enrolment.employeeId,
                response(enrolment, lastSessions.get(enrolment.id)), programmes.get(enrolment.programmeId)));
    }

    public Versioned<EnrolmentResponse> findEnrolment(UUID id) {
        return versioned(requireVisible(id));
    }

    /** The employee accepts their invitation, or HR for them; the coach may now read and write about them. */
    @Transactional
    public Versioned<EnrolmentResponse> accept(UUID id, IfMatch ifMatch) {
        Enrolment enrolment = requireVisible(id);
        if (!caller.hasRole(Roles.HR_ADMIN) && !enrolment.employeeId.equals(caller.id())) {
            throw new ProblemException(403, "NOT_THE_EMPLOYEE", "Forbidden",
                    "Only the invited employee or HR accepts an invitation.");
        }
        ifMatch.require(enrolment.version);
        if (enrolment.status != EnrolmentStatus.INVITED) {
            throw ProblemException.conflict("ENROLMENT_NOT_INVITED",
                    "The enrolment is " + enrolment.status + "; only an INVITED enrolment can be accepted.");
        }
        enrolment.status = EnrolmentStatus.ACTIVE;
        enrolment.acceptedAt = now();
        enrolment.stampUpdated(caller.id());
        enrolment.flush();
        relations.grant(enrolment.relationReference(), enrolment.coachEmployeeId, enrolment.employeeId, null);
        return versioned(enrolment);
    }

    /** The coach or HR closes an ACTIVE enrolment that has run its course. */
    @Transactional
    public Versioned<EnrolmentResponse> complete(UUID id, IfMatch ifMatch) {
        Enrolment enrolment = requireVisible(id);
        if (!caller.hasRole(Roles.HR_ADMIN) && !enrolment.coachEmployeeId.equals(caller.id())) {
            throw new ProblemException(403, "NOT_THE_COACH", "Forbidden",
                    "Only the enrolment's coach or HR completes it.");
        }
        ifMatch.require(enrolment.version);
        if (enrolment.status != EnrolmentStatus.ACTIVE) {
            throw ProblemException.conflict("ENROLMENT_NOT_ACTIVE",
                    "The enrolment is " + enrolment.status + "; only an ACTIVE enrolment can be completed.");
        }
        end(enrolment, EnrolmentStatus.COMPLETED, null, caller.id());
        return versioned(enrolment);
    }

    /** The employee, the coach or HR ends an open enrolment; its place in the coach's capacity is free again. */
    @Transactional
    public Versioned<EnrolmentResponse> withdraw(UUID id, IfMatch ifMatch, WithdrawRequest request) {
        Enrolment enrolment = requireVisible(id);
        ifMatch.require(enrolment.version);
        if (!enrolment.isOpen()) {
            throw ProblemException.conflict("ENROLMENT_ENDED",
                    "The enrolment is " + enrolment.status + "; only an INVITED or ACTIVE enrolment can be withdrawn.");
        }
        end(enrolment, EnrolmentStatus.WITHDRAWN, request == null ? null : request.reason(), caller.id());
        return versioned(enrolment);
    }

    /**
     * Withdraws the open enrolments of someone who left, as the coachee; returns how many. A coach who left keeps
     * their coachees' enrolments, so HR can see them and reassign them. Called by the people feature in its
     * transaction, as skills-service acting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawOpenEnrolmentsOf(String employeeId, String actor) {
        @SuppressWarnings("unchecked")
        List<Enrolment> open = entityManager.createNativeQuery("select e.* from enrolment e where e.employee_id = ?1"
                + " and e.status in ('INVITED', 'ACTIVE') order by e.id for update", Enrolment.class)
                .setParameter(1, employeeId).getResultList();
        for (Enrolment enrolment : open) {
            end(enrolment, EnrolmentStatus.WITHDRAWN, "left the organisation", actor);
        }
        return open.size();
    }

    private void end(Enrolment enrolment, EnrolmentStatus status, String reason, String actor) {
        boolean wasActive = enrolment.status == EnrolmentStatus.ACTIVE;
        enrolment.status = status;
        enrolment.endedAt = now();
        enrolment.withdrawReason = reason;
        enrolment.stampUpdated(actor);
        enrolment.flush();
        if (wasActive) {
            relations.revoke(enrolment.relationReference());
        }
    }

    /** The coach's employee id, capacity and whether active, with the coach's row locked until the transaction ends. */
    private Object[] lockCoach(UUID coachId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select employee_id, capacity, active from coach"
                + " where id = ?1 for update").setParameter(1, coachId).getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException(422, "UNKNOWN_COACH", "Unprocessable request", "No coach has this id.",
                    List.of(new FieldError("coachId", "UNKNOWN_COACH", "no coach has the id '" + coachId + "'")),
                    Map.of());
        }
        return rows.get(0);
    }

    private Enrolment requireVisible(UUID id) {
        Enrolment enrolment = Enrolment.findById(id);
        if (enrolment == null || !(caller.hasRole(Roles.HR_ADMIN) || enrolment.employeeId.equals(caller.id())
                || enrolment.coachEmployeeId.equals(caller.id()))) {
            throw ProblemException.notFound("No enrolment has the id '" + id + "'.");
        }
        return enrolment;
    }

    private Instant stalledBefore() {
        return Instant.now().minus(config.stalledAfter());
    }

    private Versioned<EnrolmentResponse> versioned(Enrolment enrolment) {
        Instant last = queries.lastCompletedSessions(List.of(enrolment.id)).get(enrolment.id);
        return new Versioned<>(response(enrolment, last), enrolment.version);
    }

    private EnrolmentResponse response(Enrolment enrolment, Instant lastSession) {
        boolean stalled = false;
        if (enrolment.status == EnrolmentStatus.ACTIVE) {
            Instant since = lastSession != null ? lastSession : enrolment.acceptedAt;
            stalled = since.isBefore(stalledBefore());
        }
        return new EnrolmentResponse(enrolment.id, enrolment.programmeId, enrolment.employeeId, enrolment.coachId,
                enrolment.coachEmployeeId, enrolment.status, enrolment.acceptedAt, enrolment.endedAt,
                enrolment.withdrawReason, lastSession, stalled, enrolment.version, enrolment.createdAt,
                enrolment.createdBy, enrolment.updatedAt, enrolment.updatedBy);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
