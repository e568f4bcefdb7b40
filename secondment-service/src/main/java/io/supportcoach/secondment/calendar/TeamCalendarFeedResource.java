package io.supportcoach.secondment.calendar;

import java.net.URI;

import io.supportcoach.identity.IdPatterns;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Makes or rotates the secret URL of a team's calendar feed; HR for every team, a manager for their teams. */
@Path("/teams/{teamId}/calendar-feed")
@Tag(name = "Planning")
public class TeamCalendarFeedResource {

    private final CalendarFeedService feeds;

    public TeamCalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Make a team's calendar feed",
            description = "Makes the team's iCalendar feed, or gives it a new secret URL: the URL made before stops "
                    + "working at once (404), so this is also how a leaked URL is revoked. The feed holds an all-day "
                    + "event for each APPROVED, ACTIVE or COMPLETED placement of the team's people elsewhere (AWAY) "
                    + "and of other teams' people in the team (HOSTED), from " + CalendarFeedService.DAYS_BACK
                    + " days back to " + CalendarFeedService.DAYS_AHEAD + " days ahead. No body. Only a hash of the "
                    + "secret is kept, so the URL is in this answer alone; for the same reason the operation takes "
                    + "no Idempotency-Key (a replay would have to keep the secret): a retry makes another URL and "
                    + "ends the first.")
    @APIResponse(responseCode = "201", description = "The feed's new URL; Location names it too.",
            headers = @Header(name = "Location", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = CalendarFeedResponse.class)))
    @APIResponse(responseCode = "403", description = "The role may not make feeds (FORBIDDEN), or a manager named a "
            + "team they do not manage (NOT_YOUR_TEAM).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createTeamCalendarFeed(
            @PathParam("teamId") @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
            String teamId,
            @Context UriInfo uri) {
        CalendarFeedResponse feed = feeds.rotate(teamId, uri.getBaseUri());
        return Response.created(URI.create(feed.url())).entity(feed).build();
    }
}
