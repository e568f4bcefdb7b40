package io.supportcoach.secondment.calendar;

import io.supportcoach.http.openapi.ContractConventions;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A team's calendar feed at its secret URL. Public, the one operation of the service without a bearer token:
 * calendar apps cannot send one, so the URL's secret is the credential, and it can be rotated.
 */
@Path("/calendar-feeds")
@Tag(name = "Planning")
public class CalendarFeedResource {

    private static final String EXAMPLE = """
            BEGIN:VCALENDAR\r
            PRODID:-//supportcoach//secondment-service//EN\r
            VERSION:2.0\r
            CALSCALE:GREGORIAN\r
            X-WR-CALNAME:Placements of team-noc\r
            X-PUBLISHED-TTL:PT1H\r
            BEGIN:VEVENT\r
            DTSTART;VALUE=DATE:20270301\r
            DTEND;VALUE=DATE:20270327\r
            SUMMARY:e-100 away at team-major-incident\\, 40%\r
            UID:3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-away@secondment-service\r
            DTSTAMP:20270201T090000Z\r
            SEQUENCE:3\r
            CATEGORIES:AWAY\r
            TRANSP:TRANSPARENT\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private final CalendarFeedService feeds;

    public CalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{secret}.ics")
    @Produces(TeamCalendar.MEDIA_TYPE)
    @PermitAll
    @Extension(name = ContractConventions.PUBLIC, value = "true")
    @Operation(summary = "Get a team's calendar feed",
            description = "The iCalendar (RFC 5545) feed whose secret URL `POST /teams/{teamId}/calendar-feed` "
                    + "made: an all-day, transparent event per placement and direction (CATEGORIES AWAY or HOSTED), "
                    + "SUMMARY `<employee> away at <host team>, <percent>%` or `<employee> hosted from <home team>, "
                    + "<percent>%`, a UID that stays the same while the placement changes and its version as "
                    + "SEQUENCE. Needs no bearer token: the secret in the URL is the credential. A URL replaced by a "
                    + "newer one is a 404.")
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = TeamCalendar.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), example = EXAMPLE))
    public Response getCalendarFeed(
            @Parameter(description = "The secret the feed's URL was made with.",
                    example = "q3JkR1xY8m0a6c2dE4fG5hI7jK9lM1nO3pQ5rS7tU9v")
            @PathParam("secret") @Size(max = 64) String secret) {
        return Response.ok(feeds.writeFeed(secret), MediaType.valueOf(TeamCalendar.MEDIA_TYPE).withCharset("UTF-8"))
                .build();
    }
}
