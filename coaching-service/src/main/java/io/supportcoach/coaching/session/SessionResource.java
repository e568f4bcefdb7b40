package io.supportcoach.coaching.session;

import java.util.List;
import java.util.UUID;

import io.supportcoach.coaching.calendar.CalendarService;
import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Coaching sessions. HR sees and runs all of them, a coach their own, a coachee the ones they attend; a manager
 * schedules sessions for people of the teams they manage and sees the sessions of those teams' people, but runs none.
 */
@Path("/coaching-sessions")
@Tag(name = "Coaching sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final String REQUEST_EXAMPLE = """
            {"kind": "ONE_TO_ONE", "coachId": "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b", "coacheeIds": ["e-100"],
             "start": "2027-03-01T09:00:00Z", "end": "2027-03-01T10:00:00Z", "timeZone": "Europe/Berlin",
             "skills": ["active-listening", "empathy"], "location": "Room 4.12",
             "agenda": "Practise summarising the caller's problem before acting."}""";
    private static final String CONFLICT_EXAMPLE = """
            {"type": "/problems/schedule-conflict", "title": "Conflict", "status": 409,
             "detail": "e-100 is already in a scheduled session from 2027-03-01T09:30:00Z to 2027-03-01T10:30:00Z.",
             "instance": "/coaching-sessions", "code": "SCHEDULE_CONFLICT", "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
             "errors": [{"field": "coacheeIds[0]", "code": "SCHEDULE_CONFLICT",
                         "message": "e-100 is busy from 2027-03-01T09:30:00Z to 2027-03-01T10:30:00Z"}]}""";
    private static final String CONFLICT_DESCRIPTION = "Someone of the session is in another SCHEDULED session that "
            + "overlaps it (SCHEDULE_CONFLICT; `errors` names who and when; one ending when the other starts is fine)";
    private static final String IF_MATCH = "The ETag last read.";
    /** Names the iCalendar representation in its ETag, which the JSON one never shares. */
    private static final String ICALENDAR = "ics";

    private final SessionService sessions;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;
    private final CalendarService calendars;

    public SessionResource(SessionService sessions, IdempotentCreates idempotentCreates, Caller caller,
            CalendarService calendars) {
        this.sessions = sessions;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
        this.calendars = calendars;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List coaching sessions", description = "Sorted by start, then id. HR sees all sessions; "
            + "anyone else those they coach or attend, and a manager also those with a coachee of a team they manage "
            + "(the coachee's team when the session was booked, moved along for sessions ahead when they change team).")
    @APIResponse(responseCode = "200", description = "A page of sessions.",
            content = @Content(schema = @Schema(implementation = SessionPage.class)))
    public Page<SessionResponse> listCoachingSessions(@BeanParam @Valid SessionFilter filter,
            @BeanParam @Valid PageRequest page) {
        return sessions.listSessions(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a coaching session", description = "For HR, its coach, its coachees and the managers "
            + "of a team one of its coachees is in (as the list says); a manager, like a coachee, never reads the "
            + "coach's private notes, and reads neither observations nor ratings (the observations reach them as "
            + "evidence in skills-service). With `Accept: text/calendar`, the session as an iCalendar VEVENT "
            + "(RFC 5545) in the time zone it was planned in, with its VTIMEZONE: the UID `<id>@coaching-service` "
            + "never changes, SEQUENCE counts the reschedules plus one once cancelled, STATUS is CANCELLED once "
            + "cancelled; never the private notes or observations. Each representation has its own strong ETag: the "
            + "version (`\"3\"`) for JSON, the version and `-ics` (`\"3-ics\"`) for iCalendar, and If-None-Match "
            + "answers 304 only for the ETag of the representation asked for.")
    @APIResponse(responseCode = "200", description = "The session; its version is the ETag (`\"3\"`; `\"3-ics\"` "
            + "for the iCalendar event).",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Vary", description = "Accept: the answer depends on the media type asked for.",
                            schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is that of the current version of the "
            + "representation asked for.")
    public Response getCoachingSession(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return negotiated(Etags.okOrNotModified(headers, sessions.findSession(id)));
    }

    /**
     * The same session and access rules as the JSON read, for {@code Accept: text/calendar}; the contract shows both
     * as one operation with two media types, described on the JSON read.
     */
    @GET
    @Path("/{id}")
    @Produces(CalendarService.MEDIA_TYPE)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @APIResponse(responseCode = "200", description = "The session; its version is the ETag (`\"3\"`; `\"3-ics\"` "
            + "for the iCalendar event).",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Vary", description = "Accept: the answer depends on the media type asked for.",
                            schema = @Schema(implementation = String.class)) },
            content = @Content(mediaType = CalendarService.MEDIA_TYPE, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is that of the current version of the "
            + "representation asked for.")
    public Response getCoachingSessionEvent(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        var session = sessions.findSession(id);
        return negotiated(Etags.okOrNotModified(headers,
                new Versioned<>(calendars.event(session.body()), session.version()), ICALENDAR));
    }

    /** One URL, two media types: caches keep each answer under the Accept it was given for. */
    private static Response negotiated(Response answer) {
        return Response.fromResponse(answer).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Schedule a coaching session", description = "HR schedules for any active coach, a coach "
            + "for themselves, a manager for people who are all in teams they manage; the start must lie in the "
            + "future and the session within the coach's working hours. The coach or HR may instead record a session "
            + "that already took place: status COMPLETED with its `completion`, whose observations become evidence as "
            + "on completing. An employee requests a session for themself with a coach of a programme they are "
            + "ACTIVE in: it is REQUESTED, holds nobody's time, and waits for the coach to confirm or decline it. The "
            + "skills in focus must name skills of skills-service's catalogue that are not retired, asked with the "
            + "caller's token unless skills-service called each active in the last 30 s, and each coachee a person of "
            + "skills-service's register who has not left, asked with this service's own token unless this service "
            + "keeps the coachee's entry (kept from earlier answers and changed by the leavers and team moves "
            + "skills-service reports; people unknown or who left are always asked about); their team is kept with "
            + "the session, for their managers. When skills-service must be asked and cannot answer, the answer is "
            + "503 DEPENDENCY_UNAVAILABLE with Retry-After. Nobody is in two overlapping scheduled sessions.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SessionRequest.class),
            examples = @ExampleObject(name = "one-to-one", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Scheduled; the Location header names the new session.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "A coach named another coach or a manager recorded a session "
            + "that took place (NOT_THE_COACH), a manager named someone who is not in a team they manage "
            + "(NOT_YOUR_TEAM, `errors` names each), an employee named someone else (NOT_YOUR_SESSION) or a coach of "
            + "no programme they are active in (NOT_ENROLLED_WITH_COACH).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = CONFLICT_DESCRIPTION + ", the session lies outside the coach's "
            + "working hours (OUTSIDE_WORKING_HOURS, naming them), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "schedule conflict", value = CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "No coach has the id (UNKNOWN_COACH), the coach is not active "
            + "(COACH_INACTIVE), a skill code names no skill (UNKNOWN_SKILL) or a retired one (SKILL_RETIRED), a "
            + "session ahead starts in the past (START_IN_PAST) or one recorded as COMPLETED in the future "
            + "(START_IN_FUTURE), the programme is unknown (UNKNOWN_PROGRAMME), the coach is not one of its coaches "
            + "(COACH_NOT_IN_PROGRAMME) or a coachee is not enrolled in it (NOT_ENROLLED), a coachee is nobody of the "
            + "register of people (UNKNOWN_PERSON) or has left (PERSON_LEFT), each named in `errors`, or the "
            + "Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createCoachingSession(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid SessionRequest body) {
        var checks = sessions.check(body);
        return idempotentCreates.create(idempotencyKey, caller.id(), body,
                () -> sessions.requireMayStillCreate(body, checks), () -> {
                    var session = sessions.createSession(body, checks);
                    return Etags.created("/coaching-sessions/" + session.body().id(), session);
                });
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Reschedule a coaching session", description = "Keeps the id; the earlier times go to the "
            + "history. The coach, HR, and the coachee of a one-to-one may reschedule; managers may not.")
    @APIResponse(responseCode = "200", description = "Rescheduled; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller attends the session but may not move it "
            + "(NOT_THE_COACH).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = CONFLICT_DESCRIPTION + ", the new time lies outside the coach's "
            + "working hours (OUTSIDE_WORKING_HOURS), or the session is no longer SCHEDULED (SESSION_NOT_SCHEDULED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response rescheduleCoachingSession(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RescheduleRequest body) {
        return Etags.ok(sessions.reschedule(id, IfMatch.of(ifMatch), body));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Cancel a coaching session", description = "With a reason; frees everyone's time. The "
            + "coach, HR, and the coachee of a one-to-one may cancel a SCHEDULED session. A REQUESTED session is "
            + "withdrawn the same way, CANCELLED with the reason, by the employee who asked for it or by HR; its coach "
            + "declines it instead (/decline). Managers cancel nothing.")
    @APIResponse(responseCode = "200", description = "Cancelled; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller attends the session but may not cancel it "
            + "(NOT_THE_COACH).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The session is neither SCHEDULED nor REQUESTED "
            + "(SESSION_NOT_SCHEDULED), or it is REQUESTED and the caller is its coach, who declines it instead "
            + "(DECLINE_INSTEAD).", content = @Content(mediaType = "application/problem+json"))
    public Response cancelCoachingSession(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CancelRequest body) {
        return Etags.ok(sessions.cancel(id, IfMatch.of(ifMatch), body));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH })
    @Operation(summary = "Confirm a requested coaching session", description = "The coach or HR: REQUESTED becomes "
            + "SCHEDULED, if the time is still ahead, within the coach's working hours and free for everyone.")
    @APIResponse(responseCode = "200", description = "Scheduled; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the session's coach (NOT_THE_COACH).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The session is not REQUESTED (SESSION_NOT_REQUESTED), its start "
            + "has passed (SESSION_START_PASSED), it lies outside the coach's working hours (OUTSIDE_WORKING_HOURS), "
            + "or " + CONFLICT_DESCRIPTION + ".", content = @Content(mediaType = "application/problem+json"))
    public Response confirmCoachingSession(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(sessions.confirm(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH })
    @Operation(summary = "Decline a requested coaching session", description = "The coach or HR, with a reason: "
            + "REQUESTED becomes DECLINED.")
    @APIResponse(responseCode = "200", description = "Declined; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the session's coach (NOT_THE_COACH).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The session is not REQUESTED (SESSION_NOT_REQUESTED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response declineCoachingSession(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DeclineRequest body) {
        return Etags.ok(sessions.decline(id, IfMatch.of(ifMatch), body));
    }

    @POST
    @Path("/{id}/no-show")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH })
    @Operation(summary = "Record that the coachee did not come", description = "The coach or HR, once the session "
            + "has begun.")
    @APIResponse(responseCode = "200", description = "Recorded; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the session's coach (NOT_THE_COACH).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The session is no longer SCHEDULED (SESSION_NOT_SCHEDULED) or "
            + "has not begun (SESSION_NOT_STARTED).", content = @Content(mediaType = "application/problem+json"))
    public Response recordCoachingSessionNoShow(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(sessions.noShow(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH })
    @Operation(summary = "Complete a coaching session", description = "The coach or HR, once the session has begun, "
            + "with what was observed. Each observation becomes COACHING_SESSION evidence in skills-service, sent "
            + "through the outbox: completing succeeds while skills-service is down, and the evidence arrives once "
            + "when it is back; `observations[].evidence` shows how far each got.")
    @APIResponse(responseCode = "200", description = "Completed; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the session's coach (NOT_THE_COACH).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The session is no longer SCHEDULED (SESSION_NOT_SCHEDULED) or "
            + "has not begun (SESSION_NOT_STARTED).", content = @Content(mediaType = "application/problem+json"))
    public Response completeCoachingSession(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CompleteRequest body) {
        return Etags.ok(sessions.complete(id, IfMatch.of(ifMatch), body));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "CoachingSessionPage")
    record SessionPage(List<SessionResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }
}
