package io.supportcoach.coaching.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.coaching.coach.Coach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The coaches matching may propose: active, not the coachee, of the programme when one is named, and with a free
 * place. Open (INVITED and ACTIVE) enrolments are counted on the partial index enrolment_open_coach_idx; a coach at
 * capacity is left out by the database, not after reading them all.
 */
@ApplicationScoped
public class MatchingQueries {

    private static final String OPEN_PLACES = """
            select c.id, count(e.id) from coach c
            left join enrolment e on e.coach_id = c.id and e.status in ('INVITED', 'ACTIVE')
            where c.active and c.employee_id <> :coachee %s
            group by c.id, c.capacity
            having count(e.id) < c.capacity""";

    private final EntityManager entityManager;

    public MatchingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A coach with a free place and how many of their places are taken. */
    record Candidate(Coach coach, int openEnrolments) {
    }

    /** The candidates; {@code programmeCoaches} null for every coach. Read after any remote call, in no transaction. */
    public List<Candidate> findCandidates(String coacheeId, List<UUID> programmeCoaches) {
        if (programmeCoaches != null && programmeCoaches.isEmpty()) {
            return List.of();
        }
        Query query = entityManager.createNativeQuery(
                OPEN_PLACES.formatted(programmeCoaches == null ? "" : "and c.id in (:coaches)"))
                .setParameter("coachee", coacheeId);
        if (programmeCoaches != null) {
            query.setParameter("coaches", programmeCoaches);
        }
        Map<UUID, Integer> taken = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            taken.put((UUID) columns[0], ((Number) columns[1]).intValue());
        }
        if (taken.isEmpty()) {
            return List.of();
        }
        List<Coach> coaches = Coach.list("id in ?1", taken.keySet());
        return coaches.stream().map(coach -> new Candidate(coach, taken.get(coach.id))).toList();
    }
}
