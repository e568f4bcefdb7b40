package io.supportcoach.coaching.people;

import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where skills-service, the register of people, reports who left or changed team. */
@Path("/people-changes")
@Tag(name = "People changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonChangeResource {

    private final PersonChangeService changes;

    public PersonChangeResource(PersonChangeService changes) {
        this.changes = changes;
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Report a change to a person",
            description = "Called by skills-service alone, with its service token, from its outbox. A person who "
                    + "left stops coaching: their coach record is deactivated, so their capacity holds nobody, and "
                    + "their scheduled or requested sessions that have not begun, as coach or coachee, are cancelled "
                    + "with the reason 'left the organisation', and their invited or active enrolments as a coachee are "
                    + "withdrawn, which frees their coaches' places. A coach's own coachees keep their enrolments: HR "
                    + "finds them in /coaches/{id}/coachees and reassigns them. A person who changed team "
                    + "moves to the new team in their scheduled or requested sessions as a coachee that have not "
                    + "begun, so the new team's managers see them and the old team's keep the history. Each "
                    + "Idempotency-Key is applied once, for good: a repeat answers what the first delivery did.")
    @APIResponse(responseCode = "200", description = "Applied now or by an earlier delivery of the same key.",
            content = @Content(schema = @Schema(implementation = PersonChangeResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is a service other than skills-service.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another change "
            + "(IDEMPOTENCY_KEY_REUSED).", content = @Content(mediaType = "application/problem+json"))
    public PersonChangeResponse reportPersonChange(
            @Parameter(description = "Required: the outbox message's key, the same on every delivery of it.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) @Size(max = IdempotentCreates.MAX_KEY_LENGTH) String deliveryKey,
            @NotNull @Valid PersonChangeRequest body) {
        return changes.receive(deliveryKey, body);
    }
}
