package io.supportcoach.secondment.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/**
 * The locks and day-by-day sums that keep an employee at or under 100% and an opportunity within its openings (see
 * migration V2 for why advisory locks, and their order: employee, then opportunity). What counts is what holds time or
 * a seat: APPROVED placements (ACTIVE ones among them) and COMPLETED ones (V3). Callers must be inside the transaction
 * that writes, and must take the locks before they sum.
 */
@ApplicationScoped
public class PlacementGuards {

    private static final int EMPLOYEE_LOCKS = 1;
    private static final int OPPORTUNITY_LOCKS = 2;

    private final EntityManager entityManager;

    public PlacementGuards(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until no other transaction may approve a placement of this employee; held until commit. */
    void lockEmployee(String employeeId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, EMPLOYEE_LOCKS).setParameter(2, employeeId).getSingleResult();
    }

    /**
     * Both of a placement's locks in one round trip, in the fixed order: the employee's lock is taken in a
     * materialized CTE, whose row the opportunity's lock is computed from, so it is always taken first.
     */
    void lockEmployeeAndOpportunity(String employeeId, UUID opportunityId) {
        entityManager.createNativeQuery("""
                with employee as materialized (select pg_advisory_xact_lock(?1, hashtext(?2)) as locked)
                select pg_advisory_xact_lock(?3, hashtext(?4)) from employee""")
                .setParameter(1, EMPLOYEE_LOCKS).setParameter(2, employeeId)
                .setParameter(3, OPPORTUNITY_LOCKS).setParameter(4, opportunityId.toString()).getSingleResult();
    }

    /** Waits until no other transaction may fill or shrink this opportunity; held until commit. Take it last. */
    public void lockOpportunity(UUID opportunityId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, OPPORTUNITY_LOCKS).setParameter(2, opportunityId.toString()).getSingleResult();
    }

    /**
     * The first day of the period on which the employee's other placements that hold time, plus {@code percent}, pass
     * 100%. The placement {@code itself} is left out, so a change is summed with its new terms only. This and
     * {@link #firstDayWithoutSeat} read other placements only, which nobody changes before asking, so they do not
     * flush the session first: an approval then writes its placement once, with one new version, instead of twice.
     */
    Optional<LocalDate> firstOverAllocatedDay(UUID itself, String employeeId, LocalDate startsOn, LocalDate endsOn,
            int percent) {
        return firstDay(entityManager.createNativeQuery("""
                select cast(day as date) from generate_series(cast(?2 as date), cast(?3 as date), interval '1 day') day
                  join placement p on p.employee_id = ?1 and p.status in ('APPROVED', 'COMPLETED') and p.id <> ?5
                                  and p.starts_on <= day and p.ends_on >= day
                 group by day having sum(p.allocation_percent) + ?4 > 100
                 order by day limit 1""")
                .setParameter(1, employeeId).setParameter(2, startsOn).setParameter(3, endsOn)
                .setParameter(4, percent).setParameter(5, itself).setFlushMode(FlushModeType.COMMIT).getResultList());
    }

    /**
     * The first day of the period on which the opportunity's other placements already take all its openings, with
     * the openings read in the same statement (under the opportunity's lock, so current); the placement
     * {@code itself} is left out.
     */
    Optional<SeatShortage> firstDayWithoutSeat(UUID itself, UUID opportunityId, LocalDate startsOn, LocalDate endsOn) {
        List<?> rows = entityManager.createNativeQuery("""
                select cast(day as date), o.openings
                  from opportunity o
                 cross join generate_series(cast(?2 as date), cast(?3 as date), interval '1 day') day
                  join placement p on p.opportunity_id = o.id and p.status in ('APPROVED', 'COMPLETED') and p.id <> ?4
                                  and p.starts_on <= day and p.ends_on >= day
                 where o.id = ?1
                 group by day, o.openings having count(*) >= o.openings
                 order by day limit 1""")
                .setParameter(1, opportunityId).setParameter(2, startsOn).setParameter(3, endsOn)
                .setParameter(4, itself).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new SeatShortage(asLocalDate(row[0]), ((Number) row[1]).intValue()));
    }

    /** A day on which every one of the opportunity's {@code openings} seats is taken. */
    record SeatShortage(LocalDate day, int openings) {
    }

    /** The first day on which the opportunity holds more placements that take a seat than {@code openings}. */
    public Optional<LocalDate> firstDayOverOpenings(UUID opportunityId, int openings) {
        return firstDay(entityManager.createNativeQuery("""
                select cast(day as date) from placement p,
                       generate_series(p.starts_on, p.ends_on, interval '1 day') day
                 where p.opportunity_id = ?1 and p.status in ('APPROVED', 'COMPLETED')
                 group by day having count(*) > ?2
                 order by day limit 1""")
                .setParameter(1, opportunityId).setParameter(2, openings).getResultList());
    }

    private static Optional<LocalDate> firstDay(List<?> days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(asLocalDate(days.get(0)));
    }

    private static LocalDate asLocalDate(Object day) {
        return day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day;
    }
}
