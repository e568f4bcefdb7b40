package io.supportcoach.secondment.opportunity;

import java.time.LocalDate;
import java.util.ArrayList;
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
import io.supportcoach.secondment.placement.PlacementGuards;
import io.supportcoach.secondment.shared.HostTeamAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Offers and keeps opportunities; HR acts for every host team, a manager only for the teams they manage. A DRAFT is
 * seen only by HR and the host team's managers, who are still writing it; to anyone else it does not exist yet (404).
 */
@ApplicationScoped
public class OpportunityService {

    private static final String SKILLS = "skills";

    private final OpportunityQueries queries;
    private final KeysetPager pager;
    private final HostTeamAccess hostTeams;
    private final Caller caller;
    private final SkillsServiceClient skillsService;
    private final PlacementGuards guards;

    public OpportunityService(OpportunityQueries queries, KeysetPager pager, HostTeamAccess hostTeams, Caller caller,
            SkillsServiceClient skillsService, PlacementGuards guards) {
        this.queries = queries;
        this.pager = pager;
        this.hostTeams = hostTeams;
        this.caller = caller;
        this.skillsService = skillsService;
        this.guards = guards;
    }

    /** Opportunities by start date, then id: one statement, with no transaction. */
    public Page<OpportunityResponse> listOpportunities(OpportunityFilter filter, PageRequest page) {
        var window = pager.open(OpportunityQueries.BY_START, page, filter.hostTeam, filter.kind, filter.skill);
        return window.page(queries.findPage(filter, draftReaders(), window), OpportunityResponse::from);
    }

    public Versioned<OpportunityResponse> findOpportunity(UUID id) {
        return versioned(requireOpportunity(id));
    }

    /** Whether the caller may see this opportunity: any but a DRAFT, which only HR and its host team's managers see. */
    public boolean maySee(Opportunity opportunity) {
        return opportunity.status != OpportunityStatus.DRAFT || caller.hasRole(Roles.HR_ADMIN)
                || managedTeams().contains(opportunity.hostTeamId);
    }

    private OpportunityQueries.DraftReaders draftReaders() {
        return caller.hasRole(Roles.HR_ADMIN) ? OpportunityQueries.DraftReaders.EVERY_TEAM
                : new OpportunityQueries.DraftReaders(false, managedTeams());
    }

    /** Only managers act through the claim; HR's tokens need not carry it. */
    private Set<String> managedTeams() {
        return caller.hasRole(Roles.MANAGER) ? caller.managedTeams() : Set.of();
    }

    /** Throws the problem of an offer for a host team the caller may not act for now. */
    public void requireMayOfferFor(String hostTeamId) {
        hostTeams.requireMayActFor(hostTeamId);
    }

    /**
     * What skills-service says of the request's skill codes, asked before any transaction begins, so no database
     * connection waits on another service. A request refused for its host team, its period or a repeated code is
     * refused first, at no call's cost. A repeat with the same Idempotency-Key asks again: when skills-service cannot
     * answer, the repeat gets 503 and can be retried.
     */
    public SkillCodeCheck checkSkills(OpportunityRequest request) {
        hostTeams.requireMayActFor(request.hostTeamId());
        requireOrderedPeriod(request.startsOn(), request.endsOn());
        requireDeadlineInPeriod(request);
        Distinct.require(SKILLS, request.skills());
        return skillsService.checkSkillCodes(request.skills());
    }

    /** Offers an opportunity for a host team the caller may act for, with skills that exist and are not retired. */
    @Transactional
    public Versioned<OpportunityResponse> createOpportunity(OpportunityRequest request, SkillCodeCheck skills) {
        hostTeams.requireMayActFor(request.hostTeamId());
        requireOrderedPeriod(request.startsOn(), request.endsOn());
        skills.requireUsable(SKILLS, request.skills(), List.of());
        var opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.status = OpportunityStatus.DRAFT;
        apply(opportunity, request);
        opportunity.stampCreated(caller.id());
        opportunity.persistAndFlush();
        return versioned(opportunity);
    }

    /**
     * Both the current and the new host team must be teams the caller may act for. A skill retired since the
     * opportunity took it may stay; only newly named skills must be usable.
     */
    @Transactional
    public Versioned<OpportunityResponse> updateOpportunity(UUID id, IfMatch ifMatch, OpportunityRequest request,
            SkillCodeCheck skills) {
        Opportunity opportunity = requireOpportunity(id);
        hostTeams.requireMayActFor(opportunity.hostTeamId);
        hostTeams.requireMayActFor(request.hostTeamId());
        ifMatch.require(opportunity.version);
        requireOrderedPeriod(request.startsOn(), request.endsOn());
        skills.requireUsable(SKILLS, request.skills(), opportunity.skills);
        if (request.openings() < opportunity.openings) {
            requireOpeningsHoldPlacements(opportunity.id, request.openings());
        }
        apply(opportunity, request);
        opportunity.stampUpdated(caller.id());
        opportunity.flush();
        return versioned(opportunity);
    }

    /** DRAFT to OPEN: from now on people may be proposed for it. */
    @Transactional
    public Versioned<OpportunityResponse> open(UUID id, IfMatch ifMatch) {
        return transition(id, ifMatch, OpportunityStatus.OPEN, "OPPORTUNITY_NOT_DRAFT", OpportunityStatus.DRAFT);
    }

    /** OPEN to CLOSED: it takes no new placements; those it holds stay. */
    @Transactional
    public Versioned<OpportunityResponse> close(UUID id, IfMatch ifMatch) {
        return transition(id, ifMatch, OpportunityStatus.CLOSED, "OPPORTUNITY_NOT_OPEN", OpportunityStatus.OPEN);
    }

    /** DRAFT or OPEN to CANCELLED: it will not run. */
    @Transactional
    public Versioned<OpportunityResponse> cancel(UUID id, IfMatch ifMatch) {
        return transition(id, ifMatch, OpportunityStatus.CANCELLED, "OPPORTUNITY_ALREADY_ENDED",
                OpportunityStatus.DRAFT, OpportunityStatus.OPEN);
    }

    private Versioned<OpportunityResponse> transition(UUID id, IfMatch ifMatch, OpportunityStatus target,
            String conflictCode, OpportunityStatus... from) {
        Opportunity opportunity = requireOpportunity(id);
        hostTeams.requireMayActFor(opportunity.hostTeamId);
        ifMatch.require(opportunity.version);
        if (!List.of(from).contains(opportunity.status)) {
            throw ProblemException.conflict(conflictCode, "The opportunity is " + opportunity.status
                    + "; only one that is " + List.of(from) + " can become " + target + ".");
        }
        opportunity.status = target;
        opportunity.stampUpdated(caller.id());
        opportunity.flush();
        return versioned(opportunity);
    }

    /**
     * Fewer openings must still seat every APPROVED placement on every day. The opportunity lock keeps an approval
     * from filling a seat between this count and the commit.
     */
    private void requireOpeningsHoldPlacements(UUID opportunityId, int openings) {
        guards.lockOpportunity(opportunityId);
        guards.firstDayOverOpenings(opportunityId, openings).ifPresent(day -> {
            throw ProblemException.conflict("OPENINGS_BELOW_PLACEMENTS", "On " + day
                    + " the opportunity holds more approved placements than " + openings + " openings.");
        });
    }

    private Opportunity requireOpportunity(UUID id) {
        return Opportunity.<Opportunity>findByIdOptional(id).filter(this::maySee)
                .orElseThrow(() -> ProblemException.notFound("No opportunity has the id '" + id + "'."));
    }

    private static Versioned<OpportunityResponse> versioned(Opportunity opportunity) {
        return new Versioned<>(OpportunityResponse.from(opportunity), opportunity.version);
    }

    private static void apply(Opportunity opportunity, OpportunityRequest request) {
        opportunity.hostTeamId = request.hostTeamId();
        opportunity.title = request.title();
        opportunity.description = request.description();
        opportunity.kind = request.kind();
        opportunity.skills = new ArrayList<>(request.skills());
        opportunity.openings = request.openings();
        opportunity.timeCommitmentPercent = request.timeCommitmentPercent();
        opportunity.startsOn = request.startsOn();
        opportunity.endsOn = request.endsOn();
        opportunity.applicationDeadline = request.applicationDeadline();
    }

    private static void requireDeadlineInPeriod(OpportunityRequest request) {
        if (request.applicationDeadline() != null && request.applicationDeadline().isAfter(request.endsOn())) {
            throw ProblemException.invalidField("applicationDeadline", "DEADLINE_AFTER_END",
                    "must be on or before endsOn");
        }
    }

    /** A one-day placement starts and ends on the same day; ending before it starts is a mistake. */
    static void requireOrderedPeriod(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "BEFORE_START", "must be on or after startsOn");
        }
    }
}
