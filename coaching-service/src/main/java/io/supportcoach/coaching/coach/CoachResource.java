package io.supportcoach.coaching.coach;

import java.util.List;
import java.util.UUID;

import io.supportcoach.coaching.programme.CoacheeResponse;
import io.supportcoach.coaching.programme.EnrolmentService;
import io.supportcoach.identity.Roles;
import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The coaches of the suite. Everyone signed in reads them; HR registers them. */
@Path("/coaches")
@Tag(name = "Coaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoachResource {

    private static final String REQUEST_EXAMPLE = """
            {"employeeId": "e-10442", "displayName": "Priya Raman", "skills": ["active-listening", "empathy"],
             "capacity": 6, "active": true, "timeZone": "Europe/Berlin",
             "workingHours": [{"day": "MONDAY", "from": "09:00", "to": "17:00"},
                              {"day": "WEDNESDAY", "from": "13:00", "to": "18:30"}]}""";
    private static final String DUPLICATE_EXAMPLE = """
            {"type": "/problems/coach-already-registered", "title": "Conflict", "status": 409,
             "detail": "This employee is already registered as a coach.", "instance": "/coaches",
             "code": "COACH_ALREADY_REGISTERED", "traceId": "4bf92f3577b34da6a3ce929d0e0e4736"}""";

    private static final String SKILLS_DESCRIPTION = "Every skill code must name a skill of skills-service's catalogue "
            + "that is not retired; skills-service is asked with the caller's token. When it cannot answer, the answer "
            + "is 503 DEPENDENCY_UNAVAILABLE with Retry-After.";
    private static final String UNUSABLE_SKILL_DESCRIPTION = "A skill code names no skill (UNKNOWN_SKILL) or a retired "
            + "one (SKILL_RETIRED); `errors` names each such code.";
    private static final String UNKNOWN_SKILL_EXAMPLE = """
            {"type": "/problems/unknown-skill", "title": "Unprocessable request", "status": 422,
             "detail": "Some skill codes name no skill of the catalogue.", "instance": "/coaches",
             "code": "UNKNOWN_SKILL", "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
             "errors": [{"field": "skills[1]", "code": "UNKNOWN_SKILL", "message": "no skill has the code 'empaty'"}]}""";

    private final CoachService coaches;
    private final EnrolmentService enrolments;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public CoachResource(CoachService coaches, EnrolmentService enrolments, IdempotentCreates idempotentCreates,
            Caller caller) {
        this.coaches = coaches;
        this.enrolments = enrolments;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List coaches", description = "Sorted by employee id.")
    @APIResponse(responseCode = "200", description = "A page of coaches.",
            content = @Content(schema = @Schema(implementation = CoachPage.class)))
    public Page<CoachResponse> listCoaches(@BeanParam @Valid CoachFilter filter, @BeanParam @Valid PageRequest page) {
        return coaches.listCoaches(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a coach")
    @APIResponse(responseCode = "200", description = "The coach; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = CoachResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getCoach(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, coaches.findCoach(id));
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Register a coach", description = SKILLS_DESCRIPTION)
    @RequestBody(content = @Content(schema = @Schema(implementation = CoachRequest.class),
            examples = @ExampleObject(name = "coach", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; the Location header names the new coach.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = CoachResponse.class)))
    @APIResponse(responseCode = "409",
            description = "The employee is already a coach (COACH_ALREADY_REGISTERED), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "already registered", value = DUPLICATE_EXAMPLE)))
    @APIResponse(responseCode = "422", description = UNUSABLE_SKILL_DESCRIPTION
            + " Or the Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown skill", value = UNKNOWN_SKILL_EXAMPLE)))
    public Response createCoach(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid CoachRequest body) {
        var skills = coaches.checkSkills(body);
        return idempotentCreates.create(idempotencyKey, caller.id(), body, () -> {
            var coach = coaches.createCoach(body, skills);
            return Etags.created("/coaches/" + coach.body().id(), coach);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Replace a coach", description = "The employee id cannot change. " + SKILLS_DESCRIPTION
            + " A skill retired since the coach took it may stay.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CoachRequest.class),
            examples = @ExampleObject(name = "coach", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = CoachResponse.class)))
    @APIResponse(responseCode = "422", description = UNUSABLE_SKILL_DESCRIPTION,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown skill", value = UNKNOWN_SKILL_EXAMPLE)))
    public Response updateCoach(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CoachRequest body) {
        var skills = coaches.checkSkills(body);
        return Etags.ok(coaches.updateCoach(id, IfMatch.of(ifMatch), body, skills));
    }

    @GET
    @Path("/{id}/coachees")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "List a coach's coachees", description = "The coach's INVITED and ACTIVE enrolments over all "
            + "programmes, sorted by employee id, each with its programme: what HR reassigns when a coach leaves (a "
            + "coach who left keeps them until HR withdraws each and enrols the employee with another coach).")
    @APIResponse(responseCode = "200", description = "A page of coachees.",
            content = @Content(schema = @Schema(implementation = CoacheePage.class)))
    public Page<CoacheeResponse> listCoachees(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return enrolments.listCoachees(id, page);
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "CoacheePage")
    record CoacheePage(List<CoacheeResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "CoachPage")
    record CoachPage(List<CoachResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }
}
