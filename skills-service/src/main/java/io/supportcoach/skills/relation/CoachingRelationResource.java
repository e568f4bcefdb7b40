package io.supportcoach.skills.relation;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who coaches whom, as coaching-service reports it from its outbox. Like the register of people, a PUT is an upsert
 * without If-Match: coaching-service's latest word, delivered in order per reference, always wins.
 */
@Path("/coaching-relations/{reference}")
@Tag(name = "Coaching relations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoachingRelationResource {

    static final String REFERENCE = "^[a-z][a-z0-9-]{0,31}(:[A-Za-z0-9._-]{1,64}){1,2}$";
    static final String REFERENCE_MESSAGE = "must be a kind and one or two ids joined by colons, such as "
            + "enrolment:<id> or session:<id>:<coachee>";

    private final CoachingRelationService relations;

    public CoachingRelationResource(CoachingRelationService relations) {
        this.relations = relations;
    }

    @PUT
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Grant a coaching relation",
            description = "Called by coaching-service alone, with its service token, from its outbox. While the "
                    + "relation holds (validUntil null or later than now), the coach reads the coachee's person, "
                    + "profile, goals, gaps and evidence and records COACH evidence about them; without one, the "
                    + "coachee answers the coach like a stranger (404). A repeated delivery changes nothing.")
    @APIResponse(responseCode = "201", description = "The reference was new.",
            content = @Content(schema = @Schema(implementation = CoachingRelationResponse.class)))
    @APIResponse(responseCode = "200", description = "The relation was updated, or already said this.",
            content = @Content(schema = @Schema(implementation = CoachingRelationResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is a service other than coaching-service.",
            content = @Content(mediaType = "application/problem+json"))
    public Response grantCoachingRelation(
            @Parameter(description = "Why the coach coaches the coachee, such as enrolment:<id> or "
                    + "session:<id>:<coachee>.", example = "session:3f1c2a9e-6b7d-4e21-9c55-0a8b7d6e5f43:e-100")
            @PathParam("reference") @Size(max = 160) @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE)
            String reference,
            @NotNull @Valid CoachingRelationRequest body) {
        var grant = relations.grantRelation(reference, body);
        return grant.outcome() == CoachingRelationService.Outcome.CREATED
                ? Etags.created("/coaching-relations/" + reference, grant.relation()) : Etags.ok(grant.relation());
    }

    @DELETE
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Revoke a coaching relation",
            description = "Called by coaching-service alone, from its outbox, when an enrolment ends. The coach loses "
                    + "what the relation gave at once, unless another relation to the same coachee still holds. "
                    + "Revoking what is not there (never granted, or revoked before) is the same 204.")
    @APIResponse(responseCode = "204", description = "No relation has this reference now.")
    @APIResponse(responseCode = "403", description = "The caller is a service other than coaching-service.",
            content = @Content(mediaType = "application/problem+json"))
    public void revokeCoachingRelation(
            @Parameter(description = "The reference the relation was granted under.",
                    example = "enrolment:9d2e4b7a-1c3f-4a58-b6e0-7f8a9b0c1d2e")
            @PathParam("reference") @Size(max = 160) @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE)
            String reference) {
        relations.revokeRelation(reference);
    }
}
