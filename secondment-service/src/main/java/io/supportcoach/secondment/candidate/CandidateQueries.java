package io.supportcoach.secondment.candidate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

/** The SQL of candidate ranking: the opportunity's terms, and everyone's busiest day over its dates in one query. */
@ApplicationScoped
public class CandidateQueries {

    private final EntityManager entityManager;

    public CandidateQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What ranking needs of an opportunity. */
    public record Terms(UUID id, List<String> skills, LocalDate startsOn, LocalDate endsOn, int timeCommitmentPercent) {
    }

    /** The day on which a person's placements take the most of their time, and how much. */
    public record BusiestDay(LocalDate day, int placedPercent) {
    }

    /** Skill codes are kebab-case (a check constraint holds them so), so a comma joins and splits them safely. */
    Optional<Terms> findTerms(UUID opportunityId) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = entityManager.createNativeQuery("""
                select o.id, array_to_string(o.skills, ',') skills, o.starts_on, o.ends_on, o.time_commitment_percent
                  from opportunity o where o.id = :id""").unwrap(NativeQuery.class);
        query.addScalar("id", UUID.class).addScalar("skills", String.class)
                .addScalar("starts_on", LocalDate.class).addScalar("ends_on", LocalDate.class)
                .addScalar("time_commitment_percent", Integer.class);
        return query.setParameter("id", opportunityId).getResultList().stream()
                .map(row -> new Terms((UUID) row[0], List.of(((String) row[1]).split(",")), (LocalDate) row[2],
                        (LocalDate) row[3], (Integer) row[4]))
                .findFirst();
    }

    /**
     * For each of these people with any APPROVED or COMPLETED placement over the period (the placements the allocation
     * rule counts), their busiest day in it: the most placed percent, the earliest such day. Missing people have
     * nothing placed.
     */
    Map<String, BusiestDay> findBusiestDays(Collection<String> employeeIds, LocalDate from, LocalDate to) {
        Map<String, BusiestDay> busiest = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return busiest;
        }
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = entityManager.createNativeQuery("""
                select distinct on (employee_id) employee_id, placed_on, placed from (
                    select p.employee_id, cast(d as date) as placed_on, sum(p.allocation_percent) as placed
                      from placement p,
                           generate_series(greatest(p.starts_on, cast(:from as date)),
                                           least(p.ends_on, cast(:to as date)), interval '1 day') d
                     where p.employee_id in (:people) and p.status in ('APPROVED', 'COMPLETED')
                       and p.starts_on <= :to and p.ends_on >= :from
                     group by p.employee_id, d) daily
                 order by employee_id, placed desc, placed_on""").unwrap(NativeQuery.class);
        query.addScalar("employee_id", String.class).addScalar("placed_on", LocalDate.class)
                .addScalar("placed", Integer.class);
        query.setParameter("people", List.copyOf(employeeIds)).setParameter("from", from).setParameter("to", to);
        query.getResultList().forEach(row -> busiest.put((String) row[0],
                new BusiestDay((LocalDate) row[1], (Integer) row[2])));
        return busiest;
    }
}
