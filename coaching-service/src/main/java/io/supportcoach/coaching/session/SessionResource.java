package io.supportcoach.coaching.session;

import java.util.List;
import java.util.UUID;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
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
 * Coaching sessions. HR sees and runs all of them, a coach their own, a coachee the ones they attend. Managers are
 * refused for now: this service does not know teams yet, so it cannot tell whose sessions a manager may see.
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

    private final SessionService sessions;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public SessionResource(SessionService sessions, IdempotentCreates idempotentCreates, Caller caller) {
        this.sessions = sessions;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List coaching sessions", description = "Sorted by start, then id. HR sees all sessions; "
            + "anyone else those they coach or attend.")
    @APIResponse(responseCode = "200", description = "A page of sessions.",
            content = @Content(schema = @Schema(implementation = SessionPage.class)))
    public Page<SessionResponse> listCoachingSessions(@BeanParam @Valid SessionFilter filter,
            @BeanParam @Valid PageRequest page) {
        return sessions.listSessions(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a coaching session", description = "For HR, its coach and its coachees.")
    @APIResponse(responseCode = "200", description = "The session; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getCoachingSession(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, sessions.findSession(id));
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH })
    @Operation(summary = "Schedule a coaching session", description = "HR schedules for any active coach, a coach "
            + "for themselves. The skills in focus must name skills of skills-service's catalogue that are not "
            + "retired, asked with the caller's token; when skills-service cannot answer, the answer is 503 "
            + "DEPENDENCY_UNAVAILABLE with Retry-After. Nobody is in two overlapping scheduled sessions.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SessionRequest.class),
            examples = @ExampleObject(name = "one-to-one", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Scheduled; the Location header names the new session.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "A coach named another coach (NOT_THE_COACH).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = CONFLICT_DESCRIPTION + ", or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "schedule conflict", value = CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "No coach has the id (UNKNOWN_COACH), the coach is not active "
            + "(COACH_INACTIVE), a skill code names no skill (UNKNOWN_SKILL) or a retired one (SKILL_RETIRED), or the "
            + "Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createCoachingSession(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid SessionRequest body) {
        var skills = sessions.checkSkills(body);
        return idempotentCreates.create(idempotencyKey, caller.id(), body, () -> {
            var session = sessions.createSession(body, skills);
            return Etags.created("/coaching-sessions/" + session.body().id(), session);
        });
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Reschedule a coaching session", description = "Keeps the id; the earlier times go to the "
            + "history. The coach, HR, and the coachee of a one-to-one may reschedule.")
    @APIResponse(responseCode = "200", description = "Rescheduled; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller attends the session but may not move it "
            + "(NOT_THE_COACH).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = CONFLICT_DESCRIPTION + ", or the session is no longer "
            + "SCHEDULED (SESSION_NOT_SCHEDULED).", content = @Content(mediaType = "application/problem+json"))
    public Response rescheduleCoachingSession(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RescheduleRequest body) {
        return Etags.ok(sessions.reschedule(id, IfMatch.of(ifMatch), body));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Cancel a coaching session", description = "With a reason; frees everyone's time. The "
            + "coach, HR, and the coachee of a one-to-one may cancel.")
    @APIResponse(responseCode = "200", description = "Cancelled; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller attends the session but may not cancel it "
            + "(NOT_THE_COACH).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The session is no longer SCHEDULED (SESSION_NOT_SCHEDULED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response cancelCoachingSession(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CancelRequest body) {
        return Etags.ok(sessions.cancel(id, IfMatch.of(ifMatch), body));
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
