package io.supportcoach.secondment.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

/**
 * The one query behind a team's plan and its calendar feed: every placement that holds time of the team's people
 * (home team) or in the team (host team) and overlaps the period. The home-team and host-team indexes of the
 * placement table answer the two halves of the {@code or}.
 */
@ApplicationScoped
public class PlanQueries {

    /**
     * The stored statuses of placements that take up time, as the allocation rule counts them. COMPLETED stays in: a
     * finished placement still took the person away on its days, and a plan or feed that looks back must show it.
     */
    static final List<String> HELD = List.of("APPROVED", "COMPLETED");

    private final EntityManager entityManager;

    public PlanQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The team's held placements that overlap {@code from} to {@code to}, by employee, start day and id. ACTIVE is
     * never stored (see the placement's status): an APPROVED placement whose first day has come shows as ACTIVE.
     */
    public List<HeldPlacement> findHeldPlacements(String teamId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = entityManager.createNativeQuery("""
                select p.id, p.employee_id, p.home_team_id, p.host_team_id, p.kind,
                       case when p.status = 'APPROVED' and p.starts_on <= :today then 'ACTIVE' else p.status end status,
                       p.starts_on, p.ends_on, p.allocation_percent, p.version, p.updated_at
                  from placement p
                 where (p.home_team_id = :team or p.host_team_id = :team)
                   and p.status in (:held)
                   and p.starts_on <= :to and p.ends_on >= :from
                 order by p.employee_id, p.starts_on, p.id""").unwrap(NativeQuery.class);
        query.addScalar("id", UUID.class).addScalar("employee_id", String.class)
                .addScalar("home_team_id", String.class).addScalar("host_team_id", String.class)
                .addScalar("kind", String.class).addScalar("status", String.class)
                .addScalar("starts_on", LocalDate.class).addScalar("ends_on", LocalDate.class)
                .addScalar("allocation_percent", Integer.class).addScalar("version", Long.class)
                .addScalar("updated_at", Instant.class);
        query.setParameter("team", teamId).setParameter("held", HELD).setParameter("from", from)
                .setParameter("to", to).setParameter("today", LocalDate.now(ZoneOffset.UTC));
        return query.getResultList().stream().map(row -> new HeldPlacement((UUID) row[0], (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], (String) row[5], (LocalDate) row[6],
                (LocalDate) row[7], (Integer) row[8], (Long) row[9], (Instant) row[10])).toList();
    }
}
