package io.supportcoach.secondment.placement;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Placements: HR sees and acts on all, a manager on those of the teams they manage (home or host), an employee on
 * their own; anyone else gets 404.
 */
@Path("/placements")
@Tag(name = "Placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String IF_MATCH = "The ETag last read.";
    private static final String ALLOCATION_AND_SEATS = " When this is the last of the three agreements (employee, home, "
            + "host), the placement becomes APPROVED unless the employee's approved placements would pass 100% on some "
            + "day (409 ALLOCATION_EXCEEDED) or its opportunity would hold more approved placements than its openings "
            + "on some day (409 NO_SEATS_LEFT); the problem names the rule and the first such day.";

    private final PlacementService placements;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public PlacementResource(PlacementService placements, IdempotentCreates idempotentCreates, Caller caller) {
        this.placements = placements;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List placements", description = "Those the caller may see, by start date, then id; each "
            + "says in `awaitingYou` what of it waits for the caller.")
    @APIResponse(responseCode = "200", description = "A page of placements.",
            content = @Content(schema = @Schema(implementation = PlacementPage.class)))
    public Page<PlacementResponse> listPlacements(@BeanParam @Valid PlacementFilter filter,
            @BeanParam @Valid PageRequest page) {
        return placements.listPlacements(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a placement")
    @APIResponse(responseCode = "200", description = "The placement; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getPlacement(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, placements.findPlacement(id));
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Propose a placement",
            description = "By the employee themselves (which is their consent), a manager of their home team or HR "
                    + "(then the employee consents later). The home team is the employee's team in skills-service's "
                    + "register and `goalIds` must be goals of the employee there, both read with this service's own "
                    + "token (one call for the goals, none without them); skill codes are checked with the caller's. "
                    + "When skills-service cannot answer: 503 DEPENDENCY_UNAVAILABLE with Retry-After.")
    @APIResponse(responseCode = "201", description = "Proposed; the Location header names the new placement.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = "Neither the employee, a manager of their home team, nor HR "
            + "(NOT_YOUR_EMPLOYEE), also when the register does not know the employee.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The opportunity is not OPEN (OPPORTUNITY_NOT_OPEN) or its "
            + "application deadline has passed (APPLICATION_DEADLINE_PASSED); or the Idempotency-Key is in use.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The register does not know the employee (UNKNOWN_EMPLOYEE) or "
            + "they left (EMPLOYEE_LEFT); a goal id is no goal of the employee (UNKNOWN_GOAL, naming `goalIds[i]`); no "
            + "such opportunity (UNKNOWN_OPPORTUNITY) or another host team (HOST_TEAM_MISMATCH); a skill code is "
            + "unknown or retired; or the Idempotency-Key was used with another body.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response proposePlacement(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid PlacementRequest body) {
        var proposal = placements.checkProposal(body);
        return idempotentCreates.create(idempotencyKey, caller.id(), body,
                () -> placements.requireMayPropose(body.employeeId(), proposal.employee()), () -> {
            var placement = placements.propose(body, proposal);
            return Etags.created("/placements/" + placement.body().id(), placement);
        });
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Approve a placement",
            description = "A manager approves the side of each team they manage (home, host, or both), or the one "
                    + "named by `side`; HR names the side it approves for." + ALLOCATION_AND_SEATS)
    @APIResponse(responseCode = "200", description = "Approved; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller manages neither side, or not the one named "
            + "(NOT_YOUR_SIDE).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (PLACEMENT_NOT_PROPOSED), the side has approved "
            + "(ALREADY_APPROVED), ALLOCATION_EXCEEDED or NO_SEATS_LEFT.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response approvePlacement(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @QueryParam("side") @Pattern(regexp = ApprovalSide.PATTERN, message = "must be HOME or HOST")
            @Parameter(description = "The side approved for; HR must name it.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "HOME", "HOST" }))
            String side) {
        return Etags.ok(placements.approve(id, IfMatch.of(ifMatch), side == null ? null : ApprovalSide.valueOf(side)));
    }

    @POST
    @Path("/{id}/consent")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Consent to a placement",
            description = "The placed employee agrees to a placement someone else proposed." + ALLOCATION_AND_SEATS)
    @APIResponse(responseCode = "200", description = "Consented; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the placed employee (NOT_THE_EMPLOYEE).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (PLACEMENT_NOT_PROPOSED), consented already "
            + "(ALREADY_CONSENTED), ALLOCATION_EXCEEDED or NO_SEATS_LEFT.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response consentToPlacement(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(placements.consent(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Reject a placement", description = "A manager of either side, or HR, with a reason.")
    @APIResponse(responseCode = "200", description = "Rejected; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller manages neither side (NOT_YOUR_SIDE).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (PLACEMENT_NOT_PROPOSED).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response rejectPlacement(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RejectionRequest body) {
        return Etags.ok(placements.reject(id, IfMatch.of(ifMatch), body.reason()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Cancel a placement",
            description = "Anyone who sees a PROPOSED or APPROVED placement, before it begins; an approved one frees its "
                    + "time and seat. One that has begun ends early through a change instead.")
    @APIResponse(responseCode = "200", description = "Cancelled; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "409", description = "Already COMPLETED, REJECTED or CANCELLED "
            + "(PLACEMENT_ALREADY_ENDED), or ACTIVE (PLACEMENT_ALREADY_STARTED: end it early with a change).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response cancelPlacement(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(placements.cancel(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Complete a placement with the host's review",
            description = "A manager of the host team, or HR, on or after the placement's last day, with the level the "
                    + "employee showed in each reviewed skill. Each review becomes PLACEMENT evidence in skills-service "
                    + "(reference `placement:<id>`), sent through the outbox: completing succeeds while skills-service "
                    + "is down, and the evidence arrives once when it is back; `review[].evidence` shows how far each "
                    + "got. A placement that should end sooner ends early through a change first.")
    @APIResponse(responseCode = "200", description = "Completed; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "400", description = "A review names a skill twice (DUPLICATE) or one the placement "
            + "does not target (NOT_TARGETED).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The caller does not manage the host team (NOT_THE_HOST).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not ACTIVE (PLACEMENT_NOT_ACTIVE), its first day has not come "
            + "(PLACEMENT_NOT_STARTED) or its last day has not (PLACEMENT_NOT_ENDED).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response completePlacement(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CompletionRequest body) {
        return Etags.ok(placements.complete(id, IfMatch.of(ifMatch), body));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "PlacementPage")
    record PlacementPage(List<PlacementResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }
}
