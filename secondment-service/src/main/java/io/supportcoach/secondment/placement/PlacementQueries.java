package io.supportcoach.secondment.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.persistence.outbox.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the placement list: keyset {@code (starts_on, id)} compared as a row value, within what the caller may
 * see (everything for HR; else their own and those of the teams they manage, home or host); and what a page's
 * placements show besides their own row, read for the whole page at once, so a page costs the same few statements
 * however many placements it holds.
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

    /** A PROPOSED change of a placement, and which sides have not approved it yet. */
    record PendingChange(UUID placementId, UUID id, boolean homePending, boolean hostPending) {
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
            // Waiting for this caller: their own consent to a proposal, the approval of a side of it whose team they
            // manage, or that of such a side to a proposed change of an approved placement. The answer says which
            // (PlacementService#awaitingCaller reads the same rule).
            where.append(" and ((p.status = 'PROPOSED' and ((p.consented_at is null and p.employee_id = :me)");
            if (anyTeams) {
                where.append(" or (p.home_approved_at is null and p.home_team_id in (:teams))"
                        + " or (p.host_approved_at is null and p.host_team_id in (:teams))))"
                        + " or (p.status = 'APPROVED' and exists (select 1 from placement_change c"
                        + " where c.placement_id = p.id and c.status = 'PROPOSED'"
                        + " and ((c.home_approved_at is null and p.home_team_id in (:teams))"
                        + " or (c.host_approved_at is null and p.host_team_id in (:teams))))))");
            } else {
                where.append(")))");
            }
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

    /**
     * The host's reviews of these placements, by placement and skill, each with the state of its evidence's outbox
     * message, joined in the same statement: a message deleted by an operator counts as discarded.
     */
    Map<UUID, List<PlacementResponse.SkillReview>> findReviews(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.placement_id, r.skill, r.level, r.observed, m.status
                  from placement_review r left join outbox_message m on m.id = r.outbox_message_id
                 where r.placement_id in (:placements)
                 order by r.placement_id, r.skill""")
                .setParameter("placements", placementIds).getResultList();
        Map<UUID, List<PlacementResponse.SkillReview>> reviews = new HashMap<>();
        for (Object[] row : rows) {
            EvidenceDelivery delivery = row[4] == null ? EvidenceDelivery.DISCARDED
                    : EvidenceDelivery.of(OutboxStatus.valueOf((String) row[4]));
            reviews.computeIfAbsent((UUID) row[0], placement -> new ArrayList<>())
                    .add(new PlacementResponse.SkillReview((String) row[1], ((Number) row[2]).intValue(),
                            (String) row[3], delivery));
        }
        return reviews;
    }

    /** The PROPOSED changes of these placements, by placement, oldest first. */
    Map<UUID, List<PendingChange>> findPendingChanges(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select c.placement_id, c.id, c.home_approved_at is null, c.host_approved_at is null
                  from placement_change c
                 where c.placement_id in (:placements) and c.status = 'PROPOSED'
                 order by c.placement_id, c.created_at, c.id""")
                .setParameter("placements", placementIds).getResultList();
        Map<UUID, List<PendingChange>> changes = new HashMap<>();
        for (Object[] row : rows) {
            var change = new PendingChange((UUID) row[0], (UUID) row[1], (Boolean) row[2], (Boolean) row[3]);
            changes.computeIfAbsent(change.placementId(), placement -> new ArrayList<>()).add(change);
        }
        return changes;
    }
}
