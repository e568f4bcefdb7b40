package io.supportcoach.skills.assessment;

import java.util.List;
import java.util.UUID;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's evidence: append-only, corrected only by new evidence that supersedes the old. */
@Path("/people/{employeeId}/evidence")
@Tag(name = "Evidence and profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private final EvidenceService evidence;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public EvidenceResource(EvidenceService evidence, IdempotentCreates idempotentCreates, Caller caller) {
        this.evidence = evidence;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "Record evidence",
            description = "Who may record which source: anyone SELF evidence about themselves, and about themselves "
                    + "nothing else, whatever their roles; a manager MANAGER or PEER evidence about the people of the "
                    + "teams in their token's `manages` claim; HR any source but SELF about anyone in the register. "
                    + "COACHING_SESSION evidence comes from coaching-service and PLACEMENT evidence from secondment-service, "
                    + "each with its own service token (role `service`), or from HR; a service records no other "
                    + "source. A coach records COACH evidence about the people they coach now, as coaching-service "
                    + "reports it (an active enrolment or a session in the last 12 months), and nothing about anyone "
                    + "else. Any other source is 403 SOURCE_NOT_ALLOWED. A person who does not "
                    + "exist, who has left, or whom you may not act for is the same 404 NOT_FOUND; HR, who sees the "
                    + "register, gets 409 PERSON_LEFT for someone who has left. With `supersedes`, the new evidence "
                    + "corrects an earlier piece of the same person and skill, which only its author or HR may "
                    + "correct; any other id (unknown, another person's or skill's, or asserted by someone else, "
                    + "even a piece you can read) is the same 404 NOT_FOUND.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "200", description = "A piece with the same person, skill, source and reference that "
            + "corrects nothing was recorded before: this is that piece, and nothing was added.",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "403", description = "Your relation to the person does not allow this source "
            + "(SOURCE_NOT_ALLOWED).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No person with this id you may record evidence about, or no "
            + "evidence with the `supersedes` id, of this person and skill, that you may correct (NOT_FOUND).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The evidence was already corrected (EVIDENCE_ALREADY_SUPERSEDED), "
            + "the person has left (PERSON_LEFT, to HR only), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Unknown or retired skill (UNKNOWN_SKILL, SKILL_RETIRED), or a "
            + "reused Idempotency-Key (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response recordEvidence(@PathParam("employeeId") String employeeId,
            @Parameter(description = "Makes retries safe: services always send one, so a retry never adds evidence twice.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid EvidenceRequest body) {
        return idempotentCreates.create(idempotencyKey, caller.id(), body,
                () -> evidence.requireMayRecordAbout(employeeId), () -> {
            var recording = evidence.recordEvidence(employeeId, body);
            return recording.created()
                    ? Etags.created("/people/" + employeeId + "/evidence/" + recording.evidence().body().id(),
                            recording.evidence())
                    : Etags.ok(recording.evidence());
        });
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List a person's evidence", description = "Newest first. HR, the person's manager, the person "
            + "and a coach who coaches the person now see it; for anyone else the person does not exist.")
    @APIResponse(responseCode = "200", description = "A page of evidence.",
            content = @Content(schema = @Schema(implementation = EvidencePage.class)))
    public Page<EvidenceResponse> listEvidence(@PathParam("employeeId") String employeeId,
            @Parameter(description = "Only this skill (code or id).") @QueryParam("skill") @Size(max = 64) String skill,
            @BeanParam @Valid PageRequest page) {
        return evidence.listEvidence(employeeId, skill, page);
    }

    @GET
    @Path("/{evidenceId}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get one piece of evidence")
    @APIResponse(responseCode = "200", description = "The evidence; the ETag changes once, when a correction replaces it.",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getEvidence(@PathParam("employeeId") String employeeId, @PathParam("evidenceId") UUID evidenceId,
            @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, evidence.findEvidence(employeeId, evidenceId));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "EvidencePage")
    public record EvidencePage(List<EvidenceResponse> items, String nextCursor) {
    }
}
