package io.supportcoach.secondment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import io.supportcoach.http.client.SkillCodeCheck;
import io.supportcoach.secondment.client.SkillsServiceClient;
import io.supportcoach.secondment.client.SkillsServiceClient.RegisteredPerson;
import io.supportcoach.secondment.opportunity.Opportunity;
import io.supportcoach.secondment.opportunity.OpportunityStatus;
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
    private static final int LONGEST_DAYS = 365;

    private final PlacementQueries queries;
    private final PlacementGuards guards;
    private final KeysetPager pager;
    private final Caller caller;
    private final SkillsServiceClient skillsService;
    private final EntityManager entityManager;

    public PlacementService(PlacementQueries queries, PlacementGuards guards, KeysetPager pager, Caller caller,
            SkillsServiceClient skillsService, EntityManager entityManager) {
        this.queries = queries;
        this.guards = guards;
        this.pager = pager;
        this.caller = caller;
        this.skillsService = skillsService;
        this.entityManager = entityManager;
    }

    /** What skills-service said of a proposal, asked before its transaction opens. */
    public record Proposal(RegisteredPerson employee, SkillCodeCheck skills) {
    }

    /**
     * Checks the request's own shape, then asks skills-service for the employee's register entry (service token) and
     * the skill codes (the caller's token), before any transaction begins, so no connection waits on another service.
     * Someone who may not propose for this employee hears 403 whether or not the register knows them, so the answer
     * tells them nothing about a person they may not see.
     */
    public Proposal checkProposal(PlacementRequest request) {
        requirePeriod(request.startsOn(), request.endsOn());
        Distinct.require(SKILLS, request.skills());
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
        return new Proposal(employee, skillsService.checkSkillCodes(request.skills()));
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

    @Transactional
    public Page<PlacementResponse> listPlacements(PlacementFilter filter, PageRequest page) {
        var viewer = new PlacementQueries.Viewer(isHr(), caller.id(), managedTeams());
        var window = pager.open(PlacementQueries.BY_START, page, filter.employee, filter.team, filter.opportunity,
                filter.status, filter.from, filter.to, filter.awaiting);
        return window.page(queries.findPage(filter, viewer, window), PlacementResponse::from);
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

    /** Anyone who sees a proposed or approved placement may call it off; an approved one frees its time and seat. */
    @Transactional
    public Versioned<PlacementResponse> cancel(UUID id, IfMatch ifMatch) {
        Placement placement = requireVisible(id);
        ifMatch.require(placement.version);
        if (placement.status != PlacementStatus.PROPOSED && placement.status != PlacementStatus.APPROVED) {
            throw ProblemException.conflict("PLACEMENT_ALREADY_ENDED",
                    "The placement is " + placement.status + "; only a PROPOSED or APPROVED one can be cancelled.");
        }
        placement.status = PlacementStatus.CANCELLED;
        placement.cancelledBy = caller.id();
        placement.cancelledAt = Instant.now();
        placement.stampUpdated(caller.id());
        placement.flush();
        return versioned(placement);
    }

    /**
     * Once all three have agreed, the placement becomes APPROVED if the employee's time and the opportunity's seats
     * allow it on every day; otherwise nothing of this call is kept and the caller hears which rule and which day.
     */
    private Versioned<PlacementResponse> settle(Placement placement) {
        if (placement.agreedByAll()) {
            guards.firstOverAllocatedDay(placement.employeeId, placement.startsOn, placement.endsOn,
                    placement.allocationPercent).ifPresent(day -> {
                        throw ProblemException.conflict("ALLOCATION_EXCEEDED", "Rule: an employee's approved "
                                + "placements add up to at most 100% on any day. With this one, '"
                                + placement.employeeId + "' would pass it on " + day + ".");
                    });
            if (placement.opportunityId != null) {
                Opportunity opportunity = entityManager.find(Opportunity.class, placement.opportunityId);
                entityManager.refresh(opportunity);
                guards.firstDayWithoutSeat(placement.opportunityId, placement.startsOn, placement.endsOn,
                        opportunity.openings).ifPresent(day -> {
                            throw ProblemException.conflict("NO_SEATS_LEFT", "Rule: an opportunity holds at most "
                                    + "its openings (" + opportunity.openings + ") in approved placements on any day; "
                                    + "on " + day + " every seat is taken.");
                        });
            }
            placement.status = PlacementStatus.APPROVED;
        }
        placement.stampUpdated(caller.id());
        placement.flush();
        return versioned(placement);
    }

    /**
     * Takes the guards' locks in their fixed order (employee, then opportunity) before anything is read for a
     * decision, then reads the placement again: what it shows now is what the last transaction holding them left.
     */
    private void lockAndRefresh(Placement placement) {
        guards.lockEmployee(placement.employeeId);
        if (placement.opportunityId != null) {
            guards.lockOpportunity(placement.opportunityId);
        }
        entityManager.refresh(placement);
    }

    /** The sides the caller approves or rejects for; 403 when they stand for none (or not the one named). */
    private Set<ApprovalSide> sidesOf(Placement placement, ApprovalSide named) {
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
        if (opportunity == null) {
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

    private Placement requireVisible(UUID id) {
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

    private static Versioned<PlacementResponse> versioned(Placement placement) {
        return new Versioned<>(PlacementResponse.from(placement), placement.version);
    }
}
