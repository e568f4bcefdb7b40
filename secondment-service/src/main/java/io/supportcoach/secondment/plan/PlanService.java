package io.supportcoach.secondment.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.supportcoach.secondment.shared.HostTeamAccess;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A team's plan for HR and the team's managers; anyone else acting for another team hears 403 NOT_YOUR_TEAM. The
 * placements are read in one statement, with no transaction, and the names asked of skills-service after it, so no
 * database connection waits on another service.
 */
@ApplicationScoped
public class PlanService {

    private final PlanQueries queries;
    private final HostTeamAccess teams;
    private final PlanNames names;

    public PlanService(PlanQueries queries, HostTeamAccess teams, PlanNames names) {
        this.queries = queries;
        this.teams = teams;
        this.names = names;
    }

    /** The range as asked: days in UTC, like every date of the suite. */
    public PlanRange rangeOf(String from, String to) {
        return PlanRange.of(from, to, LocalDate.now(ZoneOffset.UTC));
    }

    public TeamPlan planOf(String teamId, PlanRange range) {
        List<HeldPlacement> placements = findHeldPlacements(teamId, range);
        return TeamPlan.of(teamId, range, placements, names.of(teamId, placements));
    }

    /** Checks access before anything is read, so nobody else's request makes a call to skills-service either. */
    List<HeldPlacement> findHeldPlacements(String teamId, PlanRange range) {
        teams.requireMayActFor(teamId);
        return queries.findHeldPlacements(teamId, range.from(), range.to());
    }
}
