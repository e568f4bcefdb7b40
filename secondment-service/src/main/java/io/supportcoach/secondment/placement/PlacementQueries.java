package io.supportcoach.secondment.placement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the placement list: keyset {@code (starts_on, id)} compared as a row value, within what the caller may
 * see (everything for HR; else their own and those of the teams they manage, home or host).
 */
@ApplicationScoped
public class PlacementQueries {

    static final SortKey<Placement, LocalDate> STARTS_ON = SortKey.date("startsOn", placement -> placement.startsOn);
    static final SortKey<Placement, UUID> ID = SortKey.uuid("id", placement -> placement.id);
    /** The list's order: by start date, then id. */
    static final Keyset<Placement> BY_START = Keyset.of("placements", STARTS_ON, ID);

    private final EntityManager entityManager;

    public PlacementQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Who is asking: {@code everything} for HR, else the caller's id and the teams they manage. */
    record Viewer(boolean everything, String employeeId, Set<String> managedTeams) {
    }

    List<Placement> findPage(PlacementFilter filter, Viewer viewer, LocalDate today, KeysetWindow<Placement> window) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        var where = new StringBuilder("where true");
        boolean anyTeams = !viewer.managedTeams().isEmpty();
        if (!viewer.everything() || filter.awaitingMe()) {
            parameters.put("me", viewer.employeeId());
            if (anyTeams) {
                parameters.put("teams", List.copyOf(viewer.managedTeams()));
            }
        }
        if (!viewer.everything()) {
            where.append(anyTeams ? " and (p.employee_id = :me or p.home_team_id in (:teams) or p.host_team_id in (:teams))"
                    : " and p.employee_id = :me");
        }
        if (filter.awaitingMe()) {
            // Waiting for this caller: their own consent, or the approval of a side whose team they manage.
            where.append(" and p.status = 'PROPOSED' and ((p.consented_at is null and p.employee_id = :me)");
            if (anyTeams) {
                where.append(" or (p.home_approved_at is null and p.home_team_id in (:teams))"
                        + " or (p.host_approved_at is null and p.host_team_id in (:teams))");
            }
            where.append(")");
        }
        if (filter.employee != null) {
            where.append(" and p.employee_id = :employee");
            parameters.put("employee", filter.employee);
        }
        if (filter.team != null) {
            where.append(" and (p.home_team_id = :team or p.host_team_id = :team)");
            parameters.put("team", filter.team);
        }
        if (filter.opportunityId() != null) {
            where.append(" and p.opportunity_id = :opportunity");
            parameters.put("opportunity", filter.opportunityId());
        }
        if (PlacementStatus.ACTIVE.name().equals(filter.status)
                || PlacementStatus.APPROVED.name().equals(filter.status)) {
            // ACTIVE is derived (see PlacementStatus): APPROVED in the row, told apart by the first day.
            where.append(PlacementStatus.ACTIVE.name().equals(filter.status)
                    ? " and p.status = 'APPROVED' and p.starts_on <= :today"
                    : " and p.status = 'APPROVED' and p.starts_on > :today");
            parameters.put("today", today);
        } else if (filter.status != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status);
        }
        if (filter.fromDay() != null) {
            where.append(" and p.ends_on >= :from");
            parameters.put("from", filter.fromDay());
        }
        if (filter.toDay() != null) {
            where.append(" and p.starts_on <= :to");
            parameters.put("to", filter.toDay());
        }
        if (!window.isFirstPage()) {
            where.append(" and (p.starts_on, p.id) > (cast(:afterStartsOn as date), cast(:afterId as uuid))");
            parameters.put("afterStartsOn", window.after(STARTS_ON));
            parameters.put("afterId", window.after(ID));
        }
        parameters.put("fetch", window.fetchSize());
        Query query = entityManager.createNativeQuery(
                "select p.* from placement p " + where + " order by p.starts_on, p.id limit :fetch", Placement.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Placement> placements = query.getResultList();
        return placements;
    }
}
