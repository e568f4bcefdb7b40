package io.supportcoach.secondment.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.supportcoach.secondment.shared.HostTeamAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A team's plan for HR and the team's managers; anyone else acting for another team hears 403 NOT_YOUR_TEAM. */
@ApplicationScoped
public class PlanService {

    private final PlanQueries queries;
    private final HostTeamAccess teams;

    public PlanService(PlanQueries queries, HostTeamAccess teams) {
        this.queries = queries;
        this.teams = teams;
    }

    /** The range as asked: days in UTC, like every date of the suite. */
    public PlanRange rangeOf(String from, String to) {
        return PlanRange.of(from, to, LocalDate.now(ZoneOffset.UTC));
    }

    @Transactional
    public TeamPlan planOf(String teamId, PlanRange range) {
        teams.requireMayActFor(teamId);
        return TeamPlan.of(teamId, range, queries.findHeldPlacements(teamId, range.from(), range.to()));
    }
}
