package io.supportcoach.coaching.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one operation of the service without a bearer token: calendar apps cannot send one. The secret in the path
 * is the credential; it names one person's feed until that person makes a new one.
 */
@Path("/calendar-feeds")
@Tag(name = "Calendars")
public class PublicCalendarFeedResource {

    private final CalendarService calendars;

    public PublicCalendarFeedResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("/{secret}.ics")
    @PermitAll
    @Produces(ICalendarWriter.MEDIA_TYPE)
    @Extension(name = "x-public", value = "true", parseValue = true)
    @Operation(summary = "Read a calendar feed", description = "PUBLIC: no bearer token; the secret in the path is "
            + "the credential. The person's sessions as coach or coachee, from 90 days back to a year ahead, as "
            + "iCalendar events (cancelled ones with STATUS:CANCELLED). An unknown or replaced secret is a 404.")
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(
            mediaType = ICalendarWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public String getCalendarFeed(
            @Parameter(description = "The secret of the feed URL, 43 characters.")
            @PathParam("secret") String secret) {
        return calendars.feed(secret);
    }
}
