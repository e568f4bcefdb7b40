package io.supportcoach.secondment.opportunity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.paging.CursorCodec;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.secondment.shared.HostTeamAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Offers and keeps opportunities; HR acts for every host team, a manager only for the teams they manage. */
@ApplicationScoped
public class OpportunityService {

    private static final String STARTS_ON = "startsOn";
    private static final String ID = "id";

    private final OpportunityQueries queries;
    private final CursorCodec cursors;
    private final HostTeamAccess hostTeams;

    public OpportunityService(OpportunityQueries queries, CursorCodec cursors, HostTeamAccess hostTeams) {
        this.queries = queries;
        this.cursors = cursors;
        this.hostTeams = hostTeams;
    }

    /** Opportunities by start date, then id. */
    @Transactional
    public Page<OpportunityResponse> listOpportunities(OpportunityFilter filter, PageRequest page) {
        OpportunityQueries.Position after = page.cursor() == null ? null
                : positionOf(cursors.decode(filter.scope(), page.cursor()));
        List<Opportunity> rows = queries.findPage(filter, after, page.limit() + 1);
        return Page.of(rows, page.limit(), OpportunityResponse::from,
                last -> cursors.encode(filter.scope(), cursorOf(last)));
    }

    private static Map<String, String> cursorOf(Opportunity last) {
        var position = new LinkedHashMap<String, String>();
        position.put(STARTS_ON, last.startsOn.toString());
        position.put(ID, last.id.toString());
        return position;
    }

    private static OpportunityQueries.Position positionOf(Map<String, String> cursor) {
        try {
            return new OpportunityQueries.Position(LocalDate.parse(cursor.get(STARTS_ON)), UUID.fromString(cursor.get(ID)));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest("INVALID_CURSOR", "The cursor is not one this list handed out.");
        }
    }

    public Opportunity findOpportunity(UUID id) {
        return Opportunity.<Opportunity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No opportunity has the id '" + id + "'."));
    }

    @Transactional
    public Opportunity createOpportunity(OpportunityRequest request, String caller) {
        hostTeams.requireMayActFor(request.hostTeamId());
        requireOrderedPeriod(request.startsOn(), request.endsOn());
        requireDistinctSkills(request.skills());
        var opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        apply(opportunity, request);
        opportunity.stampCreated(caller);
        opportunity.persistAndFlush();
        return opportunity;
    }

    /** A manager must manage the host team the opportunity has now and the one it is moved to. */
    @Transactional
    public Opportunity updateOpportunity(UUID id, String ifMatch, OpportunityRequest request, String caller) {
        Opportunity opportunity = findOpportunity(id);
        hostTeams.requireMayActFor(opportunity.hostTeamId);
        hostTeams.requireMayActFor(request.hostTeamId());
        Etags.requireMatch(ifMatch, opportunity.version);
        requireOrderedPeriod(request.startsOn(), request.endsOn());
        requireDistinctSkills(request.skills());
        apply(opportunity, request);
        opportunity.stampUpdated(caller);
        opportunity.flush();
        return opportunity;
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
    }

    /** A one-day placement starts and ends on the same day; ending before it starts is a mistake. */
    static void requireOrderedPeriod(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalidField("endsOn", "BEFORE_START", "must be on or after startsOn");
        }
    }

    /** A skill named twice is a client mistake worth hearing about, not something to tidy up silently. */
    static void requireDistinctSkills(List<String> skills) {
        var seen = new HashSet<String>();
        for (int i = 0; i < skills.size(); i++) {
            if (!seen.add(skills.get(i))) {
                throw ProblemException.invalidField("skills[" + i + "]", "DUPLICATE",
                        "names a skill that is already in the list");
            }
        }
    }
}
