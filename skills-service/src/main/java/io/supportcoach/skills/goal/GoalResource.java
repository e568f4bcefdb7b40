package io.supportcoach.skills.goal;

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
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's development goals. The person, their manager and HR set and change them; whoever may see the
 * person reads them. Coaches never set goals.
 */
@Path("/people/{employeeId}/goals")
@Tag(name = "Goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {

    private final GoalService goals;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public GoalResource(GoalService goals, IdempotentCreates idempotentCreates, Caller caller) {
        this.goals = goals;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.EMPLOYEE })
    @Operation(summary = "Set a goal",
            description = "The person sets their own goals, a manager those of the people of their teams, HR anyone's; "
                    + "for anyone else the person does not exist. The goal starts ACTIVE, with the person's current "
                    + "level in the skill as its baseline (0 without evidence).")
    @APIResponse(responseCode = "201", description = "Set; the ETag is its version.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(responseCode = "409", description = "The person already is at or above the target level "
            + "(GOAL_ALREADY_MET), the person has left (PERSON_LEFT), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Unknown or retired skill (UNKNOWN_SKILL, SKILL_RETIRED), or the "
            + "Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response createGoal(@PathParam("employeeId") String employeeId,
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid GoalRequest body) {
        return idempotentCreates.create(idempotencyKey, caller.id(), body,
                () -> goals.requireMaySetGoalsFor(employeeId), () -> {
            var created = goals.createGoal(employeeId, body);
            return Etags.created("/people/" + employeeId + "/goals/" + created.body().id(), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "List a person's goals",
            description = "In the order they were set (oldest first). HR, the person's manager, the person, a coach who "
                    + "coaches the person now and the other services of the suite (matching coaches and placements to "
                    + "goals) see them; "
                    + "for anyone else the person does not exist.")
    @APIResponse(responseCode = "200", description = "A page of goals.",
            content = @Content(schema = @Schema(implementation = GoalPage.class)))
    public Page<GoalResponse> listGoals(@PathParam("employeeId") String employeeId,
            @Parameter(description = "Only goals with this status: ACTIVE, ACHIEVED or DROPPED.",
                    schema = @Schema(implementation = GoalStatus.class))
            @QueryParam("status") @Pattern(regexp = "ACTIVE|ACHIEVED|DROPPED", message = "must be ACTIVE, ACHIEVED or DROPPED")
            String status,
            @BeanParam @Valid PageRequest page) {
        // Bound as text: JAX-RS answers 404 to a query parameter it cannot convert, and this is a 400.
        return goals.listGoals(employeeId, status == null ? null : GoalStatus.valueOf(status), page);
    }

    @GET
    @Path("/{goalId}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "Get a goal", description = "With the person's current level and the progress since it was set.")
    @APIResponse(responseCode = "200", description = "The goal; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getGoal(@PathParam("employeeId") String employeeId, @PathParam("goalId") UUID goalId,
            @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, goals.findGoal(employeeId, goalId));
    }

    @PUT
    @Path("/{goalId}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.EMPLOYEE })
    @Operation(summary = "Change a goal",
            description = "Replaces the target level, due date, reason and status (ACTIVE or DROPPED). The skill and the "
                    + "baseline stay. Evidence alone makes a goal ACHIEVED, and an achieved goal no longer changes. "
                    + "The same people as for setting a goal may change it.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(responseCode = "409", description = "The goal is achieved (GOAL_ACHIEVED), or an active goal's target is "
            + "not above the current level (GOAL_ALREADY_MET).", content = @Content(mediaType = "application/problem+json"))
    public Response updateGoal(@PathParam("employeeId") String employeeId, @PathParam("goalId") UUID goalId,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GoalUpdateRequest body) {
        return Etags.ok(goals.updateGoal(employeeId, goalId, IfMatch.of(ifMatch), body));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "GoalPage")
    public record GoalPage(List<GoalResponse> items, String nextCursor) {
    }
}
