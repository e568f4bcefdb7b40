package io.supportcoach.coaching.session;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The SQL of the session list: a page walks the (start, id) index from the cursor on. */
@ApplicationScoped
public class SessionQueries {

    static final SortKey<CoachingSession, Instant> START = SortKey.instant("start", session -> session.start);
    static final SortKey<CoachingSession, UUID> ID = SortKey.uuid("id", session -> session.id);
    /** The list's order: by start, then id, which makes it total. */
    static final Keyset<CoachingSession> BY_START = Keyset.of("coaching-sessions", START, ID);

    private final EntityManager entityManager;

    public SessionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One page of sessions that pass the filter, from the window's position on; {@code visibleTo} limits it to the
     * sessions that person coaches or attends (null for HR, who sees all), and to those with a coachee kept in one of
     * {@code managedTeams}.
     */
    List<CoachingSession> findPage(SessionFilter filter, String visibleTo, Set<String> managedTeams,
            KeysetWindow<CoachingSession> window) {
        var where = new StringBuilder("where true");
        var parameters = new java.util.LinkedHashMap<String, Object>();
        if (filter.coach != null) {
            where.append(" and s.coach_id = :coach");
            parameters.put("coach", filter.coachId());
        }
        if (filter.coachee != null) {
            where.append(" and s.coachee_ids @> array[cast(:coachee as varchar)]");
            parameters.put("coachee", filter.coachee);
        }
        if (filter.programme != null) {
            where.append(" and s.programme_id = :programme");
            parameters.put("programme", filter.programmeId());
        }
        if (filter.from != null) {
            where.append(" and s.ends_at > :from");
            parameters.put("from", filter.fromInstant());
        }
        if (filter.to != null) {
            where.append(" and s.starts_at < :to");
            parameters.put("to", filter.toInstant());
        }
        if (filter.status != null) {
            where.append(" and s.status = :status");
            parameters.put("status", filter.status);
        }
        if (visibleTo != null) {
            where.append(" and (s.coach_employee_id = :me or s.coachee_ids @> array[cast(:me as varchar)]");
            parameters.put("me", visibleTo);
            if (!managedTeams.isEmpty()) {
                where.append(" or exists (select 1 from session_participant p where p.session_id = s.id"
                        + " and p.role = 'COACHEE' and p.team_id in (:teams))");
                parameters.put("teams", List.copyOf(managedTeams));
            }
            where.append(")");
        }
        Instant afterStart = window.after(START);
        if (afterStart != null) {
            where.append(" and (s.starts_at, s.id) > (:afterStart, :afterId)");
            parameters.put("afterStart", afterStart);
            parameters.put("afterId", window.after(ID));
        }
        parameters.put("fetch", window.fetchSize());
        Query query = entityManager.createNativeQuery(
                "select s.* from coaching_session s " + where + " order by s.starts_at, s.id limit :fetch",
                CoachingSession.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<CoachingSession> sessions = query.getResultList();
        return sessions;
    }
}
