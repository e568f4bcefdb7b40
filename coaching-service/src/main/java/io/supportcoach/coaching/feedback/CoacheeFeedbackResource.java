package io.supportcoach.coaching.feedback;

import java.util.UUID;

import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coachee's own rating of a completed session; the coach and HR read it in the session. */
@Path("/coaching-sessions/{id}/coachee-feedback")
@Tag(name = "Coaching sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoacheeFeedbackResource {

    private final CoacheeFeedbackService feedback;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public CoacheeFeedbackResource(CoacheeFeedbackService feedback, IdempotentCreates idempotentCreates,
            Caller caller) {
        this.feedback = feedback;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Rate a coaching session", description = "A coachee who attended a COMPLETED session rates "
            + "it, once: 1 to 5 and an optional comment. The coach and HR see every rating in the session, a coachee "
            + "their own.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CoacheeFeedbackRequest.class),
            examples = @ExampleObject(name = "feedback", value = """
                    {"rating": 4, "comment": "The role-player felt real; more time for the debrief next time."}""")))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(ref = "CoacheeFeedback")))
    @APIResponse(responseCode = "403", description = "The caller sees the session but is not one of its coachees "
            + "(NOT_A_COACHEE).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The session is not COMPLETED (SESSION_NOT_COMPLETED), the "
            + "coachee did not attend it (DID_NOT_ATTEND), already rated it (FEEDBACK_ALREADY_GIVEN), or the "
            + "Idempotency-Key is in use.", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body "
            + "(IDEMPOTENCY_KEY_REUSED).", content = @Content(mediaType = "application/problem+json"))
    public Response giveCoacheeFeedback(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid CoacheeFeedbackRequest body) {
        // The session is part of what a key stands for: the same rating of another session is another request.
        return idempotentCreates.create(idempotencyKey, caller.id(), new SessionRating(id, body),
                () -> Response.status(Response.Status.CREATED).entity(feedback.giveFeedback(id, body)).build());
    }

    record SessionRating(UUID sessionId, CoacheeFeedbackRequest feedback) {
    }
}
