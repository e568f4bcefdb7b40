package io.supportcoach.coaching.programme;

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

/** Programmes of coaching and who is enrolled in them. Everyone signed in reads programmes; HR writes them. */
@Path("/programmes")
@Tag(name = "Programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private static final String REQUEST_EXAMPLE = """
            {"name": "Service desk soft skills, spring",
             "description": "Twelve weeks of role play and call review for first-line agents.",
             "startsOn": "2027-03-01", "endsOn": "2027-05-28", "curriculum": ["active-listening", "empathy"],
             "sessionsPerParticipant": 6, "coachIds": ["3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b"],
             "roleProfileId": "0b9f4a57-3c1e-4f2a-9d3e-1f2a3b4c5d6e"}""";
    private static final String ENROLMENT_EXAMPLE = """
            {"employeeId": "e-100", "coachId": "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b"}""";
    private static final String AT_CAPACITY_EXAMPLE = """
            {"type": "/problems/coach-at-capacity", "title": "Conflict", "status": 409,
             "detail": "The coach already has 6 invited or active coachees, their capacity of 6. Choose another coach of the programme.",
             "instance": "/programmes/8a4e2c10-6b1d-4f0e-9c3a-5d7b1e2f4a60/enrolments", "code": "COACH_AT_CAPACITY",
             "traceId": "4bf92f3577b34da6a3ce929d0e0e4736"}""";
    private static final String CURRICULUM_DESCRIPTION = "Every curriculum code must name a skill of skills-service's "
            + "catalogue that is not retired, asked with the caller's token; when skills-service cannot answer, the "
            + "answer is 503 DEPENDENCY_UNAVAILABLE with Retry-After.";
    private static final String UNPROCESSABLE = "A curriculum code names no skill (UNKNOWN_SKILL) or a retired one "
            + "(SKILL_RETIRED), or a coach id names no coach (UNKNOWN_COACH) or an inactive one (COACH_INACTIVE); "
            + "`errors` names each.";

    private final ProgrammeService programmes;
    private final EnrolmentService enrolments;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public ProgrammeResource(ProgrammeService programmes, EnrolmentService enrolments,
            IdempotentCreates idempotentCreates, Caller caller) {
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List programmes", description = "Sorted by first day, then id.")
    @APIResponse(responseCode = "200", description = "A page of programmes.",
            content = @Content(schema = @Schema(implementation = ProgrammePage.class)))
    public Page<ProgrammeResponse> listProgrammes(@BeanParam @Valid ProgrammeFilter filter,
            @BeanParam @Valid PageRequest page) {
        return programmes.listProgrammes(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a programme")
    @APIResponse(responseCode = "200", description = "The programme; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getProgramme(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, programmes.findProgramme(id));
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create a programme", description = CURRICULUM_DESCRIPTION)
    @RequestBody(content = @Content(schema = @Schema(implementation = ProgrammeRequest.class),
            examples = @ExampleObject(name = "programme", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new programme.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "422", description = UNPROCESSABLE
            + " Or the Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createProgramme(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid ProgrammeRequest body) {
        var curriculum = programmes.checkCurriculum(body);
        return idempotentCreates.create(idempotencyKey, caller.id(), body, () -> {
            var programme = programmes.createProgramme(body, curriculum);
            return Etags.created("/programmes/" + programme.body().id(), programme);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Replace a programme", description = CURRICULUM_DESCRIPTION + " A skill retired or a coach "
            + "deactivated since it joined the programme may stay.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProgrammeRequest.class),
            examples = @ExampleObject(name = "programme", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "409", description = "A coach left out still has invited or active coachees in the "
            + "programme (COACH_HAS_COACHEES).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = UNPROCESSABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response updateProgramme(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ProgrammeRequest body) {
        var curriculum = programmes.checkCurriculum(body);
        return Etags.ok(programmes.updateProgramme(id, IfMatch.of(ifMatch), body, curriculum));
    }

    @POST
    @Path("/{id}/enrolments")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Enrol an employee", description = "HR invites an employee into the programme with one of "
            + "its coaches; the enrolment is INVITED until the employee accepts. A coach never has more INVITED and "
            + "ACTIVE coachees, over all programmes, than their capacity, however many enrolments arrive at once.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EnrolmentRequest.class),
            examples = @ExampleObject(name = "enrolment", value = ENROLMENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Invited; the Location header names the new enrolment.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "409", description = "The coach is at capacity (COACH_AT_CAPACITY), the employee is "
            + "already invited to or active in the programme (ALREADY_ENROLLED), the programme has ended "
            + "(PROGRAMME_ENDED), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "coach at capacity", value = AT_CAPACITY_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The coach is not a coach of the programme "
            + "(COACH_NOT_IN_PROGRAMME) or not active (COACH_INACTIVE), or the Idempotency-Key was used with another "
            + "body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response enrolEmployee(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid EnrolmentRequest body) {
        return idempotentCreates.create(idempotencyKey, caller.id(), List.of(id, body), () -> {
            var enrolment = enrolments.enrol(id, body);
            return Etags.created("/enrolments/" + enrolment.body().id(), enrolment);
        });
    }

    @GET
    @Path("/{id}/enrolments")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List a programme's enrolments", description = "Sorted by when they were made, then id. HR "
            + "sees all of them, a coach those they coach, an employee their own. `stalled=true` lists the ACTIVE "
            + "enrolments without a completed session for the stalled-after period.")
    @APIResponse(responseCode = "200", description = "A page of enrolments.",
            content = @Content(schema = @Schema(implementation = EnrolmentPage.class)))
    public Page<EnrolmentResponse> listEnrolments(@PathParam("id") UUID id, @BeanParam @Valid EnrolmentFilter filter,
            @BeanParam @Valid PageRequest page) {
        return enrolments.listEnrolments(id, filter, page);
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "ProgrammePage")
    record ProgrammePage(List<ProgrammeResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "EnrolmentPage")
    record EnrolmentPage(List<EnrolmentResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }
}
