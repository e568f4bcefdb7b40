package io.supportcoach.secondment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import io.supportcoach.http.client.SkillCodeCheck;
import io.supportcoach.persistence.outbox.Outbox;
import io.supportcoach.secondment.client.PlacementEvidence;
import io.supportcoach.secondment.client.SkillsServiceClient;
import io.supportcoach.secondment.client.SkillsServiceClient.RegisteredPerson;
import io.supportcoach.secondment.opportunity.Opportunity;
import io.supportcoach.secondment.opportunity.OpportunityService;
import io.supportcoach.secondment.opportunity.OpportunityStatus;
import io.supportcoach.secondment.placement.PlacementQueries.PendingChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Proposes placements and takes them through their agreements. HR acts on every placement, a manager on the side of
 * each team they manage, an employee on their own; nobody else sees one (404). The allocation and seat rules are
 * checked under {@link PlacementGuards}' locks in the transaction of the last agreement.
 */
@ApplicationScoped
public class PlacementService {

    private static final String SKILLS = "skills";
    private static final String GOAL_IDS = "goalIds";
    private static final String UNKNOWN_GOAL = "UNKNOWN_GOAL";
    private static final int LONGEST_DAYS = 365;

    private final PlacementQueries queries;
    private final PlacementGuards guards;
    private final KeysetPager pager;
    private final Caller caller;
    private final SkillsServiceClient skillsService;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final OpportunityService opportunities;

    public PlacementService(PlacementQueries queries, PlacementGuards guards, KeysetPager pager, Caller caller,
            SkillsServiceClient skillsService, EntityManager entityManager, Outbox outbox,
            OpportunityService opportunities) {
        this.queries = queries;
        this.guards = guards;
        this.pager = pager;
        this.caller = caller;
        this.skillsService = skillsService;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.opportunities = opportunities;
    }

    /** What skills-service said of a proposal, asked before its transaction opens. */
    public record Proposal(RegisteredPerson employee, SkillCodeCheck skills) {
    }

    /**
     * Checks the request's own shape, then asks skills-service for the employee's register entry and goals (service
     * token) and the skill codes (the caller's token), before any transaction begins, so no connection waits on
     * another service. Someone who may not propose for this employee hears 403 whether or not the register knows
     * them, so the answer tells them nothing about a person they may not see.
     */
    public Proposal checkProposal(PlacementRequest request) {
        requirePeriod(request.startsOn(), request.endsOn());
        Distinct.require(SKILLS, request.skills());
        Distinct.require(GOAL_IDS, request.goalUuids());
        RegisteredPerson employee = skillsService.findPerson(request.employeeId()).orElse(null);
        requireMayPropose(request.employeeId(), employee);
        if (employee == null) {
            throw ProblemException.unprocessable("UNKNOWN_EMPLOYEE",
                    "skills-service's register has no person '" + request.employeeId() + "'.");
        }
        if (employee.left()) {
            throw ProblemException.unprocessable("EMPLOYEE_LEFT",
                    "'" + request.employeeId() + "' has left, says skills-service's register.");
        }
        requireGoalsOfEmployee(request);
        return new Proposal(employee, skillsService.checkSkillCodes(request.skills()));
    }

    /**
     * Each goal a placement serves is one of its employee's in skills-service: 422 UNKNOWN_GOAL naming every other id,
     * whether no goal has it or someone else's does. A placement that names no goal asks nothing.
     */
    private void requireGoalsOfEmployee(PlacementRequest request) {
        List<UUID> goalIds = request.goalUuids();
        if (goalIds.isEmpty()) {
            return;
        }
        Set<UUID> theirs = skillsService.findGoalsOf(request.employeeId(), goalIds);
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < goalIds.size(); i++) {
            if (!theirs.contains(goalIds.get(i))) {
                unknown.add(new FieldError(GOAL_IDS + "[" + i + "]", UNKNOWN_GOAL,
                        "is not a goal of '" + request.employeeId() + "' in skills-service"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(422, UNKNOWN_GOAL, "Unprocessable request",
                    "Some goal ids name no goal of the employee in skills-service.", unknown, Map.of());
        }
    }

    /** The employee themselves, HR, or a manager of the employee's home team may propose. */
    public void requireMayPropose(String employeeId, RegisteredPerson employee) {
        if (caller.id().equals(employeeId) || isHr()
                || employee != null && managedTeams().contains(employee.teamId())) {
            return;
        }
        throw new ProblemException(403, "NOT_YOUR_EMPLOYEE", "Forbidden",
                "You may propose placements only for yourself or for people of the teams you manage.");
    }

    @Transactional
    public Versioned<PlacementResponse> propose(PlacementRequest request, Proposal proposal) {
        requireMayPropose(request.employeeId(), proposal.employee());
        proposal.skills().requireUsable(SKILLS, request.skills(), List.of());
        if (request.opportunityId() != null) {
            requireOpenFor(request);
        }
        var placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.employeeId = request.employeeId();
        placement.homeTeamId = proposal.employee().teamId();
        placement.hostTeamId = request.hostTeamId();
        placement.opportunityId = request.opportunityId();
        placement.kind = request.kind();
        placement.startsOn = request.startsOn();
        placement.endsOn = request.endsOn();
        placement.allocationPercent = request.allocationPercent();
        placement.skills = new ArrayList<>(request.skills());
        placement.goalIds = new ArrayList<>(request.goalUuids());
        placement.notes = request.notes();
        placement.status = PlacementStatus.PROPOSED;
        if (caller.id().equals(request.employeeId())) {
            // Proposing for oneself is consenting.
            placement.consentedBy = caller.id();
            placement.consentedAt = Instant.now();
        }
        placement.stampCreated(caller.id());
        placement.persistAndFlush();
        return versioned(placement);
    }

    /**
     * A page of placements, each saying what of it waits for the caller. The page's reviews and proposed changes are
     * read in one statement each, whatever the page's size. No transaction: at PostgreSQL's READ COMMITTED each of the
     * three statements would see what was committed when it ran even inside one.
     */
    public Page<PlacementResponse> listPlacements(PlacementFilter filter, PageRequest page) {
        var viewer = new PlacementQueries.Viewer(isHr(), caller.id(), managedTeams());
        var window = pager.open(PlacementQueries.BY_START, page, filter.employee, filter.team, filter.opportunity,
                filter.status, filter.from, filter.to, filter.awaiting);
        LocalDate today = Placement.today();
        List<Placement> placements = queries.findPage(filter, viewer, today, window);
        List<UUID> ids = placements.stream().map(placement -> placement.id).toList();
        Map<UUID, List<PlacementResponse.SkillReview>> reviews = queries.findReviews(ids);
        Map<UUID, List<PendingChange>> changes = queries.findPendingChanges(ids);
        return window.page(placements, placement -> PlacementResponse.from(placement, today,
                reviews.getOrDefault(placement.id, List.of()),
                awaitingCaller(placement, changes.getOrDefault(placement.id, List.of()))));
    }

    /**
     * What of the placement waits for the caller: the rule by which {@code ?awaiting=me} lists it
     * ({@link PlacementQueries#findPage}). HR stands in for a side only when it names one, so nothing waits for HR but
     * its own consent.
     */
    private PlacementResponse.AwaitingYou awaitingCaller(Placement placement, List<PendingChange> changes) {
        Set<String> teams = managedTeams();
        boolean proposed = placement.status == PlacementStatus.PROPOSED;
        boolean consent = proposed && placement.consentedAt == null && caller.id().equals(placement.employeeId);
        List<ApprovalSide> approvals = new ArrayList<>();
        if (proposed && placement.homeApprovedAt == null && teams.contains(placement.homeTeamId)) {
            approvals.add(ApprovalSide.HOME);
        }
        if (proposed && placement.hostApprovedAt == null && teams.contains(placement.hostTeamId)) {
            approvals.add(ApprovalSide.HOST);
        }
        List<UUID> changeIds = placement.status != PlacementStatus.APPROVED ? List.of() : changes.stream()
                .filter(change -> change.homePending() && teams.contains(placement.homeTeamId)
                        || change.hostPending() && teams.contains(placement.hostTeamId))
                .map(PendingChange::id).toList();
        return new PlacementResponse.AwaitingYou(consent, List.copyOf(approvals), changeIds);
    }

    public Versioned<PlacementResponse> findPlacement(UUID id) {
        return versioned(requireVisible(id));
    }

    /**
     * Records the approval of each side the caller stands for: a manager the sides of the teams they manage (one
     * named by {@code side}, or every such side still waiting), HR the side it names (HR stands in for one manager at
     * a time, so two approvals stay two decisions).
     */
    @Transactional
    public Versioned<PlacementResponse> approve(UUID id, IfMatch ifMatch, ApprovalSide side) {
        Placement placement = requireVisible(id);
        if (side == null && isHr()) {
            throw ProblemException.invalidField("side", "SIDE_REQUIRED", "HR names the side it approves for");
        }
        Set<ApprovalSide> sides = sidesOf(placement, side);
        lockAndRefresh(placement);
        ifMatch.require(placement.version);
        requireProposed(placement);
        Instant now = Instant.now();
        boolean any = false;
        if (sides.contains(ApprovalSide.HOME) && placement.homeApprovedAt == null) {
            placement.homeApprovedBy = caller.id();
            placement.homeApprovedAt = now;
            any = true;
        }
        if (sides.contains(ApprovalSide.HOST) && placement.hostApprovedAt == null) {
            placement.hostApprovedBy = caller.id();
            placement.hostApprovedAt = now;
            any = true;
        }
        if (!any) {
            throw ProblemException.conflict("ALREADY_APPROVED", "The side " + sides + " has approved already.");
        }
        return settle(placement);
    }

    /** The employee's consent to a placement someone else proposed. */
    @Transactional
    public Versioned<PlacementResponse> consent(UUID id, IfMatch ifMatch) {
        Placement placement = requireVisible(id);
        if (!caller.id().equals(placement.employeeId)) {
            throw new ProblemException(403, "NOT_THE_EMPLOYEE", "Forbidden",
                    "Only the placed employee consents to a placement.");
        }
        lockAndRefresh(placement);
        ifMatch.require(placement.version);
        requireProposed(placement);
        if (placement.consentedAt != null) {
            throw ProblemException.conflict("ALREADY_CONSENTED", "The employee has consented already.");
        }
        placement.consentedBy = caller.id();
        placement.consentedAt = Instant.now();
        return settle(placement);
    }

    /** A manager of either side, or HR, turns a proposal down, saying why. */
    @Transactional
    public Versioned<PlacementResponse> reject(UUID id, IfMatch ifMatch, String reason) {
        Placement placement = requireVisible(id);
        sidesOf(placement, null);
        ifMatch.require(placement.version);
        requireProposed(placement);
        placement.status = PlacementStatus.REJECTED;
        placement.rejectedBy = caller.id();
        placement.rejectedAt = Instant.now();
        placement.rejectionReason = reason;
        placement.stampUpdated(caller.id());
        placement.flush();
        return versioned(placement);
    }

    /**
     * Anyone who sees a proposed or approved placement may call it off before it begins; an approved one frees its
     * time and seat. One that has begun keeps the days that have passed: it ends early through a change.
     */
    @Transactional
    public Versioned<PlacementResponse> cancel(UUID id, IfMatch ifMatch) {
        Placement placement = requireVisible(id);
        ifMatch.require(placement.version);
        if (placement.status != PlacementStatus.PROPOSED && placement.status != PlacementStatus.APPROVED) {
            throw ProblemException.conflict("PLACEMENT_ALREADY_ENDED",
                    "The placement is " + placement.status + "; only a PROPOSED or APPROVED one can be cancelled.");
        }
        if (placement.shownStatus(Placement.today()) == PlacementStatus.ACTIVE) {
            throw ProblemException.conflict("PLACEMENT_ALREADY_STARTED", "The placement began on "
                    + placement.startsOn + "; end it early with a change (POST /placements/" + id + "/changes).");
        }
        placement.status = PlacementStatus.CANCELLED;
        placement.cancelledBy = caller.id();
        placement.cancelledAt = Instant.now();
        placement.stampUpdated(caller.id());
        placement.flush();
        return versioned(placement);
    }

    /** What the suite did to a person's placements when they left or changed team. */
    public record Released(int proposalsCancelled, int placementsCancelled, int placementsEndedEarly,
            int changesRejected) {
    }

    /**
     * Frees the time and seats of someone who left after {@code lastDay}: their proposals are cancelled, approved
     * placements that had not begun by then are cancelled, those running past it end on it, and the changes still
     * proposed for any of them are rejected, so none can extend them again. Shrinking never breaks a rule, but the
     * employee's lock is taken first, as every approval does, so no approval of theirs lands half-way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Released releaseLeaver(String employeeId, LocalDate lastDay, String actor, String reason) {
        guards.lockEmployee(employeeId);
        int proposals = 0;
        int cancelled = 0;
        int endedEarly = 0;
        for (Placement placement : openPlacementsOf(employeeId)) {
            if (placement.status == PlacementStatus.PROPOSED) {
                cancelBySuite(placement, actor, reason);
                proposals++;
            } else if (placement.startsOn.isAfter(lastDay)) {
                cancelBySuite(placement, actor, reason);
                cancelled++;
            } else if (placement.endsOn.isAfter(lastDay)) {
                placement.endsOn = lastDay;
                placement.stampUpdated(actor);
                endedEarly++;
            }
        }
        entityManager.flush();
        int changes = entityManager.createNativeQuery("""
                update placement_change c set status = 'REJECTED', rejected_by = ?2, rejected_at = now(),
                       rejection_reason = ?3, version = c.version + 1, updated_at = now(), updated_by = ?2
                 where c.status = 'PROPOSED'
                   and c.placement_id in (select p.id from placement p where p.employee_id = ?1)""")
                .setParameter(1, employeeId).setParameter(2, actor).setParameter(3, reason).executeUpdate();
        return new Released(proposals, cancelled, endedEarly, changes);
    }

    /** Cancels the proposals of someone who moved away from the home team they were proposed from. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelProposalsFromFormerTeam(String employeeId, String newTeamId, String actor, String reason) {
        guards.lockEmployee(employeeId);
        int cancelled = 0;
        for (Placement placement : openPlacementsOf(employeeId)) {
            if (placement.status == PlacementStatus.PROPOSED && !placement.homeTeamId.equals(newTeamId)) {
                cancelBySuite(placement, actor, reason);
                cancelled++;
            }
        }
        entityManager.flush();
        return cancelled;
    }

    private List<Placement> openPlacementsOf(String employeeId) {
        return entityManager.createQuery("from Placement p where p.employeeId = :employee and p.status in :open"
                + " order by p.startsOn, p.id", Placement.class)
                .setParameter("employee", employeeId)
                .setParameter("open", List.of(PlacementStatus.PROPOSED, PlacementStatus.APPROVED)).getResultList();
    }

    private static void cancelBySuite(Placement placement, String actor, String reason) {
        placement.status = PlacementStatus.CANCELLED;
        placement.cancelledBy = actor;
        placement.cancelledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        placement.cancelReason = reason;
        placement.stampUpdated(actor);
    }

    /**
     * Once all three have agreed, the placement becomes APPROVED if the employee's time and the opportunity's seats
     * allow it on every day; otherwise nothing of this call is kept and the caller hears which rule and which day.
     */
    private Versioned<PlacementResponse> settle(Placement placement) {
        if (placement.agreedByAll()) {
            requireRulesHold(placement, placement.startsOn, placement.endsOn, placement.allocationPercent);
            placement.status = PlacementStatus.APPROVED;
        }
        placement.stampUpdated(caller.id());
        placement.flush();
        return versioned(placement);
    }

    /**
     * Refuses terms under which the employee's placements would pass 100% on some day, or the placement's opportunity
     * would hold more placements than its openings: 409 naming the rule and the first such day. The placement's own
     * current terms are left out of the sums. Call only under {@link #lockAndRefresh}'s locks.
     */
    void requireRulesHold(Placement placement, LocalDate startsOn, LocalDate endsOn, int allocationPercent) {
        guards.firstOverAllocatedDay(placement.id, placement.employeeId, startsOn, endsOn, allocationPercent)
                .ifPresent(day -> {
                    throw ProblemException.conflict("ALLOCATION_EXCEEDED", "Rule: an employee's approved "
                            + "placements add up to at most 100% on any day. With this one, '"
                            + placement.employeeId + "' would pass it on " + day + ".");
                });
        if (placement.opportunityId != null) {
            guards.firstDayWithoutSeat(placement.id, placement.opportunityId, startsOn, endsOn)
                    .ifPresent(shortage -> {
                        throw ProblemException.conflict("NO_SEATS_LEFT", "Rule: an opportunity holds at most "
                                + "its openings (" + shortage.openings() + ") in approved placements on any day; "
                                + "on " + shortage.day() + " every seat is taken.");
                    });
        }
    }

    /**
     * The host's review completes an ACTIVE placement on or after its last day; one that should end sooner ends early
     * through a change first, so a COMPLETED placement never holds a day still to come. Each reviewed skill is written
     * to the outbox in this transaction, so it reaches skills-service as PLACEMENT evidence exactly once, whether
     * skills-service is up now or only later.
     */
    @Transactional
    public Versioned<PlacementResponse> complete(UUID id, IfMatch ifMatch, CompletionRequest request) {
        Placement placement = requireVisible(id);
        if (!sidesOf(placement, null).contains(ApprovalSide.HOST)) {
            throw new ProblemException(403, "NOT_THE_HOST", "Forbidden",
                    "Only a manager of the host team, or HR, completes a placement with a review.");
        }
        ifMatch.require(placement.version);
        LocalDate today = Placement.today();
        if (placement.status != PlacementStatus.APPROVED) {
            throw ProblemException.conflict("PLACEMENT_NOT_ACTIVE",
                    "The placement is " + placement.status + "; only an ACTIVE one is completed.");
        }
        if (placement.startsOn.isAfter(today)) {
            throw ProblemException.conflict("PLACEMENT_NOT_STARTED",
                    "The placement begins on " + placement.startsOn + "; it can be completed from its last day on.");
        }
        if (placement.endsOn.isAfter(today)) {
            throw ProblemException.conflict("PLACEMENT_NOT_ENDED", "The placement runs until " + placement.endsOn
                    + "; complete it from that day on, or end it early with a change first.");
        }
        requireReviewsOfTargetedSkills(placement, request.reviews());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        placement.status = PlacementStatus.COMPLETED;
        placement.completedBy = caller.id();
        placement.completedAt = now;
        placement.stampUpdated(caller.id());
        placement.flush();
        for (CompletionRequest.SkillReview review : request.reviews()) {
            UUID message = outbox.enqueue(PlacementEvidence.AGGREGATE_TYPE, placement.id.toString(),
                    PlacementEvidence.MESSAGE_TYPE, PlacementEvidence.DESTINATION,
                    new PlacementEvidence(placement.employeeId, review.skill(), review.level(), now, review.observed(),
                            "placement:" + placement.id));
            entityManager.createNativeQuery("insert into placement_review"
                    + " (placement_id, skill, level, observed, outbox_message_id) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, placement.id).setParameter(2, review.skill())
                    .setParameter(3, review.level().shortValue()).setParameter(4, review.observed())
                    .setParameter(5, message).executeUpdate();
        }
        return versioned(placement);
    }

    private static void requireReviewsOfTargetedSkills(Placement placement,
            List<CompletionRequest.SkillReview> reviews) {
        Distinct.require("reviews", reviews, CompletionRequest.SkillReview::skill, ".skill");
        var targeted = new HashSet<>(placement.skills);
        List<FieldError> untargeted = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            if (!targeted.contains(reviews.get(i).skill())) {
                untargeted.add(new FieldError("reviews[" + i + "].skill", "NOT_TARGETED",
                        "is not a skill the placement targets"));
            }
        }
        if (!untargeted.isEmpty()) {
            throw ProblemException.invalidFields(untargeted);
        }
    }

    /**
     * Takes the guards' locks in their fixed order (employee, then opportunity) before anything is read for a
     * decision, then reads the placement again: what it shows now is what the last transaction holding them left.
     */
    void lockAndRefresh(Placement placement) {
        if (placement.opportunityId == null) {
            guards.lockEmployee(placement.employeeId);
        } else {
            guards.lockEmployeeAndOpportunity(placement.employeeId, placement.opportunityId);
        }
        entityManager.refresh(placement);
    }

    /** The sides the caller approves or rejects for; 403 when they stand for none (or not the one named). */
    Set<ApprovalSide> sidesOf(Placement placement, ApprovalSide named) {
        Set<ApprovalSide> theirs = EnumSet.noneOf(ApprovalSide.class);
        if (isHr()) {
            theirs.addAll(EnumSet.allOf(ApprovalSide.class));
        } else {
            if (managedTeams().contains(placement.homeTeamId)) {
                theirs.add(ApprovalSide.HOME);
            }
            if (managedTeams().contains(placement.hostTeamId)) {
                theirs.add(ApprovalSide.HOST);
            }
        }
        if (theirs.isEmpty()) {
            throw new ProblemException(403, "NOT_YOUR_SIDE", "Forbidden",
                    "Only a manager of the home or host team, or HR, decides on a placement.");
        }
        if (named == null) {
            return theirs;
        }
        if (!theirs.contains(named)) {
            throw new ProblemException(403, "NOT_YOUR_SIDE", "Forbidden",
                    "You do not manage the " + named + " team of this placement.");
        }
        return EnumSet.of(named);
    }

    private void requireOpenFor(PlacementRequest request) {
        Opportunity opportunity = entityManager.find(Opportunity.class, request.opportunityId());
        // A DRAFT the caller may not see is unknown to them, as its 404 says elsewhere.
        if (opportunity == null || !opportunities.maySee(opportunity)) {
            throw ProblemException.unprocessable("UNKNOWN_OPPORTUNITY",
                    "No opportunity has the id '" + request.opportunityId() + "'.");
        }
        if (opportunity.status != OpportunityStatus.OPEN) {
            throw ProblemException.conflict("OPPORTUNITY_NOT_OPEN",
                    "The opportunity is " + opportunity.status + "; only an OPEN one takes proposals.");
        }
        if (opportunity.applicationDeadline != null
                && LocalDate.now(ZoneOffset.UTC).isAfter(opportunity.applicationDeadline)) {
            throw ProblemException.conflict("APPLICATION_DEADLINE_PASSED",
                    "Proposals for this opportunity closed after " + opportunity.applicationDeadline + ".");
        }
        if (!opportunity.hostTeamId.equals(request.hostTeamId())) {
            throw ProblemException.unprocessable("HOST_TEAM_MISMATCH",
                    "The opportunity's host team is '" + opportunity.hostTeamId + "', not '" + request.hostTeamId()
                            + "'.");
        }
    }

    private static void requireProposed(Placement placement) {
        if (placement.status != PlacementStatus.PROPOSED) {
            throw ProblemException.conflict("PLACEMENT_NOT_PROPOSED",
                    "The placement is " + placement.status + "; only a PROPOSED one takes this.");
        }
    }

    /** Whole days, both ends included: at least one, at most 365. */
    static void requirePeriod(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "BEFORE_START", "must be on or after startsOn");
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > LONGEST_DAYS) {
            throw ProblemException.invalidField("endsOn", "PERIOD_TOO_LONG", "a placement lasts at most 365 days");
        }
    }

    Placement requireVisible(UUID id) {
        Placement placement = entityManager.find(Placement.class, id);
        if (placement == null || !(isHr() || caller.id().equals(placement.employeeId)
                || managedTeams().contains(placement.homeTeamId) || managedTeams().contains(placement.hostTeamId))) {
            throw ProblemException.notFound("No placement has the id '" + id + "'.");
        }
        return placement;
    }

    private boolean isHr() {
        return caller.hasRole(Roles.HR_ADMIN);
    }

    /** Only managers act through the claim; HR's tokens need not carry it. */
    private Set<String> managedTeams() {
        return caller.hasRole(Roles.MANAGER) ? caller.managedTeams() : Set.of();
    }

    private Versioned<PlacementResponse> versioned(Placement placement) {
        return new Versioned<>(response(placement), placement.version);
    }

    /**
     * The placement alone, as an answer with its ETag: without what waits for the caller (see AwaitingYou). Only
     * completion writes reviews, so only a COMPLETED placement has any to read.
     */
    private PlacementResponse response(Placement placement) {
        List<PlacementResponse.SkillReview> reviews = placement.status == PlacementStatus.COMPLETED
                ? queries.findReviews(List.of(placement.id)).getOrDefault(placement.id, List.of())
                : List.of();
        return PlacementResponse.from(placement, Placement.today(), reviews, null);
    }
}
