package io.supportcoach.coaching.calendar;

import io.supportcoach.identity.IdPatterns;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** Makes or replaces a person's secret calendar feed: the person themself, or HR. */
@Path("/people/{employeeId}/calendar-feed")
@Tag(name = "Calendars")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    private final CalendarService calendars;

    public CalendarFeedResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Make or replace a calendar feed", description = "A new secret feed URL of the person's "
            + "sessions, as coach or coachee, that calendar apps subscribe to without a token. The person themself or "
            + "HR; for anyone else the person is not found. A previous URL of the person stops working at once. No "
            + "Idempotency-Key: a replayed answer would have to keep the secret, which the service never stores; a "
            + "retry simply makes another feed, and the last answer's URL is the one that works.")
    @APIResponse(responseCode = "201", description = "Made; the Location header is the feed URL too.",
            headers = @Header(name = "Location", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = CalendarFeedResponse.class)))
    public Response createCalendarFeed(
            @PathParam("employeeId") @Size(max = 64)
            @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE) String employeeId,
            @Context UriInfo uri) {
        CalendarFeed feed = calendars.rotateFeed(employeeId);
        var url = uri.getBaseUriBuilder().path("calendar-feeds").path(feed.secret() + ".ics").build();
        return Response.created(url)
                .entity(new CalendarFeedResponse(feed.employeeId(), url.toString(), feed.createdAt())).build();
    }
}
