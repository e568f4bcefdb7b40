package io.supportcoach.secondment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Changes to the terms of an approved placement: ending early, extending, starting on another day before it has begun,
 * another allocation. Anyone who sees the placement may propose one; both managers approve it (the side from who
 * calls, as for placements), and it applies in the transaction of the second approval, under the same locks and sums
 * as a placement's last agreement, with the placement's old terms left out.
 */
@ApplicationScoped
public class PlacementChangeService {

    static final SortKey<PlacementChange, Instant> CREATED_AT = SortKey.instant("createdAt", change -> change.createdAt);
    static final SortKey<PlacementChange, UUID> ID = SortKey.uuid("id", change -> change.id);
    /** A placement's changes, oldest first. */
    static final Keyset<PlacementChange> BY_CREATION = Keyset.of("placement-changes", CREATED_AT, ID);

    private final PlacementService placements;
    private final EntityManager entityManager;
    private final KeysetPager pager;
    private final Caller caller;

    public PlacementChangeService(PlacementService placements, EntityManager entityManager, KeysetPager pager,
            Caller caller) {
        this.placements = placements;
        this.entityManager = entityManager;
        this.pager = pager;
        this.caller = caller;
    }

    /** 404 for a placement the caller may not see, so a repeated key never replays it to them. */
    public void requireMayPropose(UUID placementId) {
        placements.requireVisible(placementId);
    }

    /**
     * Proposes new terms. The new period is checked as a placement's is (1 to 365 days); a new first day only before the
     * placement begins; no new day in the past, so a change never rewrites days already spent.
     */
    @Transactional
    public Versioned<PlacementChangeResponse> propose(UUID placementId, PlacementChangeRequest request) {
        Placement placement = placements.requireVisible(placementId);
        requireApproved(placement);
        LocalDate today = Placement.today();
        boolean newStart = request.startsOn() != null && !request.startsOn().equals(placement.startsOn);
        boolean newEnd = request.endsOn() != null && !request.endsOn().equals(placement.endsOn);
        boolean newAllocation = request.allocationPercent() != null
                && request.allocationPercent() != placement.allocationPercent;
        if (!newStart && !newEnd && !newAllocation) {
            throw ProblemException.badRequest("NOTHING_CHANGES",
                    "Name a startsOn, endsOn or allocationPercent other than the placement's.");
        }
        if (newStart && !placement.startsOn.isAfter(today)) {
            throw ProblemException.conflict("PLACEMENT_ALREADY_STARTED",
                    "The placement began on " + placement.startsOn + "; its first day stays.");
        }
        if (newStart && request.startsOn().isBefore(today)) {
            throw ProblemException.invalidField("startsOn", "IN_THE_PAST", "must be today or later");
        }
        if (newEnd && request.endsOn().isBefore(today)) {
            throw ProblemException.invalidField("endsOn", "IN_THE_PAST", "must be today or later");
        }
        PlacementService.requirePeriod(newStart ? request.startsOn() : placement.startsOn,
                newEnd ? request.endsOn() : placement.endsOn);
        var change = new PlacementChange();
        change.id = UUID.randomUUID();
        change.placementId = placement.id;
        change.startsOn = newStart ? request.startsOn() : null;
        change.endsOn = newEnd ? request.endsOn() : null;
        change.allocationPercent = newAllocation ? request.allocationPercent() : null;
        change.reason = request.reason();
        change.status = PlacementChangeStatus.PROPOSED;
        change.stampCreated(caller.id());
        change.persistAndFlush();
        return versioned(change);
    }

    /** The placement, then a page of its changes: two statements, with no transaction. */
    public Page<PlacementChangeResponse> listChanges(UUID placementId, PageRequest page) {
        Placement placement = placements.requireVisible(placementId);
        var window = pager.open(BY_CREATION, page, placementId);
        var sql = new StringBuilder("select c.* from placement_change c where c.placement_id = :placement");
        if (!window.isFirstPage()) {
            sql.append(" and (c.created_at, c.id) > (cast(:afterCreatedAt as timestamptz), cast(:afterId as uuid))");
        }
        sql.append(" order by c.created_at, c.id limit :fetch");
        var query = entityManager.createNativeQuery(sql.toString(), PlacementChange.class)
                .setParameter("placement", placement.id).setParameter("fetch", window.fetchSize());
        if (!window.isFirstPage()) {
            query.setParameter("afterCreatedAt", window.after(CREATED_AT)).setParameter("afterId", window.after(ID));
        }
        @SuppressWarnings("unchecked")
        List<PlacementChange> changes = query.getResultList();
        return window.page(changes, PlacementChangeResponse::from);
    }

    public Versioned<PlacementChangeResponse> findChange(UUID placementId, UUID changeId) {
        return versioned(requireChange(placements.requireVisible(placementId), changeId));
    }

    /**
     * Records the approval of each side the caller stands for (as {@link PlacementService#approve}). The second
     * approval applies the change if the employee's time and the opportunity's seats allow the new terms on every day;
     * otherwise nothing of this call is kept and the caller hears which rule and which day.
     */
    @Transactional
    public Versioned<PlacementChangeResponse> approve(UUID placementId, UUID changeId, IfMatch ifMatch,
            ApprovalSide side) {
        Placement placement = placements.requireVisible(placementId);
        PlacementChange change = requireChange(placement, changeId);
        if (side == null && caller.hasRole(Roles.HR_ADMIN)) {
            throw ProblemException.invalidField("side", "SIDE_REQUIRED", "HR names the side it approves for");
        }
        Set<ApprovalSide> sides = placements.sidesOf(placement, side);
        placements.lockAndRefresh(placement);
        entityManager.refresh(change);
        ifMatch.require(change.version);
        requireProposed(change);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean any = false;
        if (sides.contains(ApprovalSide.HOME) && change.homeApprovedAt == null) {
            change.homeApprovedBy = caller.id();
            change.homeApprovedAt = now;
            any = true;
        }
        if (sides.contains(ApprovalSide.HOST) && change.hostApprovedAt == null) {
            change.hostApprovedBy = caller.id();
            change.hostApprovedAt = now;
            any = true;
        }
        if (!any) {
            throw ProblemException.conflict("ALREADY_APPROVED", "The side " + sides + " has approved already.");
        }
        if (change.approvedByBoth()) {
            apply(placement, change);
        }
        change.stampUpdated(caller.id());
        change.flush();
        return versioned(change);
    }

    /** A manager of either side, or HR, turns a change down, saying why; the placement keeps its terms. */
    @Transactional
    public Versioned<PlacementChangeResponse> reject(UUID placementId, UUID changeId, IfMatch ifMatch, String reason) {
        Placement placement = placements.requireVisible(placementId);
        PlacementChange change = requireChange(placement, changeId);
        placements.sidesOf(placement, null);
        ifMatch.require(change.version);
        requireProposed(change);
        change.status = PlacementChangeStatus.REJECTED;
        change.rejectedBy = caller.id();
        change.rejectedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        change.rejectionReason = reason;
        change.stampUpdated(caller.id());
        change.flush();
        return versioned(change);
    }

    /** Called under the placement's locks, with both read again after taking them. */
    private void apply(Placement placement, PlacementChange change) {
        requireApproved(placement);
        LocalDate startsOn = change.startsOn != null ? change.startsOn : placement.startsOn;
        LocalDate endsOn = change.endsOn != null ? change.endsOn : placement.endsOn;
        int allocationPercent = change.allocationPercent != null ? change.allocationPercent : placement.allocationPercent;
        if (!startsOn.equals(placement.startsOn) && !placement.startsOn.isAfter(Placement.today())) {
            throw ProblemException.conflict("PLACEMENT_ALREADY_STARTED",
                    "The placement began on " + placement.startsOn + "; its first day stays.");
        }
        PlacementService.requirePeriod(startsOn, endsOn);
        placements.requireRulesHold(placement, startsOn, endsOn, allocationPercent);
        placement.startsOn = startsOn;
        placement.endsOn = endsOn;
        placement.allocationPercent = allocationPercent;
        placement.stampUpdated(caller.id());
        change.status = PlacementChangeStatus.APPLIED;
        change.appliedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireApproved(Placement placement) {
        if (placement.status != PlacementStatus.APPROVED) {
            throw ProblemException.conflict("PLACEMENT_NOT_APPROVED", "The placement is " + placement.status
                    + "; only an APPROVED or ACTIVE placement takes a change.");
        }
    }

    private static void requireProposed(PlacementChange change) {
        if (change.status != PlacementChangeStatus.PROPOSED) {
            throw ProblemException.conflict("CHANGE_NOT_PROPOSED",
                    "The change is " + change.status + "; only a PROPOSED one takes this.");
        }
    }

    private PlacementChange requireChange(Placement placement, UUID changeId) {
        PlacementChange change = entityManager.find(PlacementChange.class, changeId);
        if (change == null || !change.placementId.equals(placement.id)) {
            throw ProblemException.notFound("The placement has no change with the id '" + changeId + "'.");
        }
        return change;
    }

    private static Versioned<PlacementChangeResponse> versioned(PlacementChange change) {
        return new Versioned<>(PlacementChangeResponse.from(change), change.version);
    }
}
