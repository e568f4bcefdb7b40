package io.supportcoach.secondment.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.secondment.plan.PlanQueries;
import io.supportcoach.secondment.shared.HostTeamAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Makes and rotates team calendar feeds, and writes a feed for whoever holds its secret URL. */
@ApplicationScoped
public class CalendarFeedService {

    /** How far a feed looks back and ahead, in days: last quarter's placements and the coming year's. */
    static final int DAYS_BACK = 90;
    static final int DAYS_AHEAD = 365;

    private final CalendarFeedQueries feeds;
    private final PlanQueries placements;
    private final HostTeamAccess teams;
    private final Caller caller;

    public CalendarFeedService(CalendarFeedQueries feeds, PlanQueries placements, HostTeamAccess teams,
            Caller caller) {
        this.feeds = feeds;
        this.placements = placements;
        this.teams = teams;
        this.caller = caller;
    }

    /** Gives the team's feed a new secret (making the feed if it has none); the URL the old one made stops working. */
    @Transactional
    public CalendarFeedResponse rotate(String teamId, URI baseUri) {
        teams.requireMayActFor(teamId);
        String secret = FeedSecrets.newSecret();
        var madeAt = feeds.saveSecretHash(teamId, FeedSecrets.hash(secret), caller.id());
        return new CalendarFeedResponse(teamId, baseUri.resolve(pathOf(secret)).toString(), madeAt, caller.id());
    }

    /**
     * The feed the secret opens; a secret of no feed, also one rotated away, is a 404 like any unknown id. Two
     * statements, with no transaction.
     */
    public String writeFeed(String secret) {
        String teamId = (secret.length() == FeedSecrets.LENGTH
                ? feeds.findTeamBySecretHash(FeedSecrets.hash(secret)) : Optional.<String>empty())
                .orElseThrow(() -> ProblemException.notFound("No calendar feed has this URL; it may have been "
                        + "replaced by a newer one."));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return TeamCalendar.write(teamId,
                placements.findHeldPlacements(teamId, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD)));
    }

    static String pathOf(String secret) {
        return "calendar-feeds/" + secret + ".ics";
    }
}
