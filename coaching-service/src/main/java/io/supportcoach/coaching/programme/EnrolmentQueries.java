package io.supportcoach.coaching.programme;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of enrolments: a programme's enrolments by creation, a coach's coachees by employee id, and when an
 * enrolment last had a completed session. The last session is read from {@code session_participant}, so a coachee
 * who missed a GROUP session does not count as coached by it.
 */
@ApplicationScoped
public class EnrolmentQueries {

    static final SortKey<Enrolment, Instant> CREATED_AT = SortKey.instant("createdAt", enrolment -> enrolment.createdAt);
    static final SortKey<Enrolment, String> EMPLOYEE_ID = SortKey.text("employeeId", enrolment -> enrolment.employeeId);
    static final SortKey<Enrolment, UUID> ID = SortKey.uuid("id", enrolment -> enrolment.id);
    /** A programme's enrolments, oldest first. */
    static final Keyset<Enrolment> BY_CREATION = Keyset.of("enrolments", CREATED_AT, ID);
    /** A coach's coachees, by employee id. */
    static final Keyset<Enrolment> BY_EMPLOYEE = Keyset.of("coachees", EMPLOYEE_ID, ID);

    /** The end of the enrolment's last completed session in its programme with its coach that the employee attended. */
    private static final String LAST_SESSION = "(select max(upper(p.during)) from session_participant p"
            + " join coaching_session s on s.id = p.session_id"
            + " where p.person = e.employee_id and p.status = 'COMPLETED' and p.attended"
            + " and s.coach_id = e.coach_id and s.programme_id = e.programme_id)";
    /**
     * Counted from the last session when there is one, even one recorded after acceptance that took place before
     * it: coaching often happens before anyone logs it, and what shows a coachee is left alone is the time since
     * they last met their coach.
     */
    private static final String STALLED = "(e.status = 'ACTIVE' and coalesce(" + LAST_SESSION
            + ", e.accepted_at) < :stalledBefore)";

    private final EntityManager entityManager;

    public EnrolmentQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One page of a programme's enrolments that pass the filter; {@code visibleTo} limits it to those of that
     * person as employee or coach (null for HR, who sees all).
     */
    List<Enrolment> findProgrammePage(UUID programmeId, EnrolmentFilter filter, String visibleTo,
            Instant stalledBefore, KeysetWindow<Enrolment> window) {
        var where = new StringBuilder("where e.programme_id = :programme");
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("programme", programmeId);
        if (filter.status != null) {
            where.append(" and e.status = :status");
            parameters.put("status", filter.status);
        }
        Boolean stalled = filter.stalledOrNull();
        if (stalled != null) {
            where.append(stalled ? " and " + STALLED : " and not coalesce(" + STALLED + ", false)");
            parameters.put("stalledBefore", stalledBefore);
        }
        if (visibleTo != null) {
            where.append(" and (e.employee_id = :me or e.coach_employee_id = :me)");
            parameters.put("me", visibleTo);
        }
        Instant afterCreated = window.after(CREATED_AT);
        if (afterCreated != null) {
            where.append(" and (e.created_at, e.id) > (:afterCreated, :afterId)");
            parameters.put("afterCreated", afterCreated);
            parameters.put("afterId", window.after(ID));
        }
        return page("select e.* from enrolment e " + where + " order by e.created_at, e.id limit :fetch", parameters,
                window);
    }

    /** One page of the coach's open (INVITED and ACTIVE) enrolments, over all programmes. */
    List<Enrolment> findCoacheePage(UUID coachId, KeysetWindow<Enrolment> window) {
        var where = new StringBuilder("where e.coach_id = :coach and e.status in ('INVITED', 'ACTIVE')");
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("coach", coachId);
        String afterEmployee = window.after(EMPLOYEE_ID);
        if (afterEmployee != null) {
            where.append(" and (e.employee_id, e.id) > (:afterEmployee, :afterId)");
            parameters.put("afterEmployee", afterEmployee);
            parameters.put("afterId", window.after(ID));
        }
        return page("select e.* from enrolment e " + where + " order by e.employee_id, e.id limit :fetch", parameters,
                window);
    }

    /** The end of each enrolment's last completed session, for those that had one. */
    Map<UUID, Instant> lastCompletedSessions(Collection<UUID> enrolmentIds) {
        Map<UUID, Instant> last = new HashMap<>();
        if (enrolmentIds.isEmpty()) {
            return last;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select e.id, " + LAST_SESSION
                + " from enrolment e where e.id in (:ids)").setParameter("ids", enrolmentIds).getResultList();
        for (Object[] row : rows) {
            if (row[1] != null) {
                last.put((UUID) row[0], instant(row[1]));
            }
        }
        return last;
    }

    /** The names of some programmes, by id, from one statement. */
    Map<UUID, String> programmeNames(Collection<UUID> programmeIds) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, name from programme where id = any(:ids)")
                .setParameter("ids", programmeIds.stream().distinct().toArray(UUID[]::new)).getResultList();
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    private List<Enrolment> page(String sql, Map<String, Object> parameters, KeysetWindow<Enrolment> window) {
        Query query = entityManager.createNativeQuery(sql, Enrolment.class);
        parameters.forEach(query::setParameter);
        query.setParameter("fetch", window.fetchSize());
        @SuppressWarnings("unchecked")
        List<Enrolment> enrolments = query.getResultList();
        return enrolments;
    }

    private static Instant instant(Object column) {
        return column instanceof OffsetDateTime offset ? offset.toInstant()
                : column instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
    }
}
