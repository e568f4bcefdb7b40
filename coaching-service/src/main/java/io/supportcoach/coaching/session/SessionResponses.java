package io.supportcoach.coaching.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Sessions as a reader sees them, with their details read for a whole page at once: one statement for the earlier
 * times of all of them and, when some are completed, one for their observations with how far each one's evidence
 * got, one for the coachees' feedback and, for completed group sessions, one for who came. However many sessions a
 * page holds, it costs the same statements. Observations, feedback and attendance exist only once a session is
 * COMPLETED, which is final, so other sessions need none of those statements.
 *
 * <p>The coach and HR read all observations and feedback of a session; anyone else only their own.
 */
@ApplicationScoped
public class SessionResponses {

    private static final String HISTORY = "select session_id, starts_at, ends_at, time_zone, rescheduled_at,"
            + " rescheduled_by from session_reschedule where session_id = any(:sessions) order by session_id, position";
    /** With the status of each observation's outbox message, which an operator may have deleted. */
    private static final String OBSERVATIONS = "select o.session_id, o.employee_id, o.skill, o.level, o.observed,"
            + " m.status from session_observation o left join outbox_message m on m.id = o.outbox_message_id"
            + " where o.session_id = any(:sessions) and (o.session_id = any(:whole) or o.employee_id = :me)"
            + " order by o.session_id, o.employee_id, o.skill";
    private static final String FEEDBACK = "select session_id, employee_id, rating, comment, given_at"
            + " from session_coachee_feedback where session_id = any(:sessions)"
            + " and (session_id = any(:whole) or employee_id = :me) order by session_id, employee_id";
    private static final String ATTENDANCE = "select session_id, person, attended from session_participant"
            + " where session_id = any(:sessions) and role = 'COACHEE' order by session_id, person";

    private final EntityManager entityManager;
    private final Caller caller;

    public SessionResponses(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    SessionResponse of(CoachingSession session) {
        return of(List.of(session)).get(session.id);
    }

    /**
     * A session just created: nothing has moved it yet, and only one recorded as COMPLETED has observations,
     * feedback or attendance, so any other needs no statement.
     */
    SessionResponse ofNew(CoachingSession session) {
        if (session.status == SessionStatus.COMPLETED) {
            return of(session);
        }
        return response(session, List.of(), List.of(), List.of(), List.of());
    }

    /** The responses by session id, in the order of the sessions given. */
    Map<UUID, SessionResponse> of(List<CoachingSession> sessions) {
        Map<UUID, SessionResponse> responses = new LinkedHashMap<>();
        if (sessions.isEmpty()) {
            return responses;
        }
        List<CoachingSession> completed = sessions.stream()
                .filter(session -> session.status == SessionStatus.COMPLETED).toList();
        Map<UUID, List<SessionResponse.Rescheduled>> histories = detail(HISTORY, sessions, null,
                row -> new SessionResponse.Rescheduled(SessionService.instant(row[1]), SessionService.instant(row[2]),
                        (String) row[3], SessionService.instant(row[4]), (String) row[5]));
        Map<UUID, List<SessionResponse.ObservationResponse>> observations = detail(OBSERVATIONS, completed,
                wholeFor(completed), row -> new SessionResponse.ObservationResponse((String) row[1], (String) row[2],
                        ((Number) row[3]).intValue(), (String) row[4], EvidenceDelivery.of((String) row[5])));
        Map<UUID, List<SessionResponse.CoacheeFeedback>> feedback = detail(FEEDBACK, completed, wholeFor(completed),
                row -> new SessionResponse.CoacheeFeedback((String) row[1], ((Number) row[2]).intValue(),
                        (String) row[3], SessionService.instant(row[4])));
        Map<UUID, List<SessionResponse.Attended>> attendance = detail(ATTENDANCE,
                completed.stream().filter(session -> session.kind == SessionKind.GROUP).toList(), null,
                row -> new SessionResponse.Attended((String) row[1], (Boolean) row[2]));
        for (CoachingSession session : sessions) {
            responses.put(session.id, response(session, histories.getOrDefault(session.id, List.of()),
                    attendance.getOrDefault(session.id, List.of()), observations.getOrDefault(session.id, List.of()),
                    feedback.getOrDefault(session.id, List.of())));
        }
        return responses;
    }

    private SessionResponse response(CoachingSession session, List<SessionResponse.Rescheduled> history,
            List<SessionResponse.Attended> attendance, List<SessionResponse.ObservationResponse> observations,
            List<SessionResponse.CoacheeFeedback> feedback) {
        return new SessionResponse(session.id, session.kind, session.coachId, session.coachEmployeeId,
                List.copyOf(session.coacheeIds), session.start, session.end, session.timeZone,
                List.copyOf(session.skills), session.scenarioId, session.location, session.meetingLink, session.agenda,
                session.status, session.cancelReason, session.declineReason, session.programmeId, history, attendance,
                observations, feedback, readsWhole(session) ? session.privateNotes : null, session.completedAt,
                session.version, session.createdAt, session.createdBy, session.updatedAt, session.updatedBy);
    }

    /** The coach and HR read a session whole: its private notes, and everyone's observations and feedback. */
    private boolean readsWhole(CoachingSession session) {
        return caller.hasRole(Roles.HR_ADMIN) || session.coachEmployeeId.equals(caller.id());
    }

    private UUID[] wholeFor(List<CoachingSession> sessions) {
        return sessions.stream().filter(this::readsWhole).map(session -> session.id).toArray(UUID[]::new);
    }

    /**
     * One kind of detail of some sessions, by session id, in the statement's order; none and no statement when no
     * session needs it. {@code whole} are the sessions whose details the caller reads for everyone, when the kind
     * is limited to the caller's own otherwise.
     */
    private <T> Map<UUID, List<T>> detail(String sql, List<CoachingSession> sessions, UUID[] whole,
            Function<Object[], T> toDetail) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        var query = entityManager.createNativeQuery(sql)
                .setParameter("sessions", sessions.stream().map(session -> session.id).toArray(UUID[]::new));
        if (whole != null) {
            query.setParameter("whole", whole).setParameter("me", caller.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, List<T>> details = new HashMap<>();
        rows.forEach(row -> details.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(toDetail.apply(row)));
        return details;
    }
}
