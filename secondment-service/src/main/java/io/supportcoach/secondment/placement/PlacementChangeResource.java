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
 * Changes to an approved placement's terms. Who sees the placement sees and proposes its changes; its managers (or HR,
 * naming the side) approve or reject them; anyone else gets 404.
 */
@Path("/placements/{id}/changes")
@Tag(name = "Placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementChangeResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String IF_MATCH = "The change's ETag last read.";

    private final PlacementChangeService changes;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public PlacementChangeResource(PlacementChangeService changes, IdempotentCreates idempotentCreates, Caller caller) {
        this.changes = changes;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    /** What a repeated Idempotency-Key is compared with: the same body for another placement is another request. */
    record ChangeOfPlacement(UUID placementId, PlacementChangeRequest change) {
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Propose a change to a placement",
            description = "New terms for an APPROVED or ACTIVE placement: end it early or extend it (`endsOn`), move "
                    + "its first day before it has begun (`startsOn`), or another `allocationPercent` for the whole "
                    + "period. Fields left out keep the placement's value. It applies once both managers approve.")
    @APIResponse(responseCode = "201", description = "Proposed; the Location header names the new change.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = PlacementChangeResponse.class)))
    @APIResponse(responseCode = "400", description = "Nothing differs from the placement (NOTHING_CHANGES), a new day "
            + "is in the past (IN_THE_PAST), or the new period ends before it starts or passes 365 days.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The placement is not APPROVED or ACTIVE "
            + "(PLACEMENT_NOT_APPROVED), or has begun and a new first day is asked (PLACEMENT_ALREADY_STARTED); or the "
            + "Idempotency-Key is in use.", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response proposePlacementChange(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid PlacementChangeRequest body) {
        return idempotentCreates.create(idempotencyKey, caller.id(), new ChangeOfPlacement(id, body),
                () -> changes.requireMayPropose(id), () -> {
            var change = changes.propose(id, body);
            return Etags.created("/placements/" + id + "/changes/" + change.body().id(), change);
        });
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List a placement's changes", description = "Oldest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = PlacementChangePage.class)))
    public Page<PlacementChangeResponse> listPlacementChanges(@PathParam("id") UUID id,
            @BeanParam @Valid PageRequest page) {
        return changes.listChanges(id, page);
    }

    @GET
    @Path("/{changeId}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a change to a placement")
    @APIResponse(responseCode = "200", description = "The change; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementChangeResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getPlacementChange(@PathParam("id") UUID id, @PathParam("changeId") UUID changeId,
            @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, changes.findChange(id, changeId));
    }

    @POST
    @Path("/{changeId}/approve")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Approve a change to a placement",
            description = "A manager approves the side of each team they manage (home, host, or both), or the one "
                    + "named by `side`; HR names the side it approves for. With the second side's approval the "
                    + "placement takes the new terms, unless the employee's placements would then pass 100% on some "
                    + "day (409 ALLOCATION_EXCEEDED) or its opportunity would hold more placements than its openings "
                    + "on some day (409 NO_SEATS_LEFT), checked under the same locks as placement approvals; the "
                    + "problem names the rule and the first such day, and the approval is not kept.")
    @APIResponse(responseCode = "200", description = "Approved, and APPLIED when both sides have; the new ETag is in "
            + "the header.", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementChangeResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller manages neither side, or not the one named "
            + "(NOT_YOUR_SIDE).", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (CHANGE_NOT_PROPOSED), the side has approved "
            + "(ALREADY_APPROVED), the placement is no longer APPROVED or ACTIVE (PLACEMENT_NOT_APPROVED) or has begun "
            + "and the change moves its first day (PLACEMENT_ALREADY_STARTED), ALLOCATION_EXCEEDED or NO_SEATS_LEFT.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response approvePlacementChange(@PathParam("id") UUID id, @PathParam("changeId") UUID changeId,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @QueryParam("side") @Pattern(regexp = ApprovalSide.PATTERN, message = "must be HOME or HOST")
            @Parameter(description = "The side approved for; HR must name it.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "HOME", "HOST" }))
            String side) {
        return Etags.ok(changes.approve(id, changeId, IfMatch.of(ifMatch),
                side == null ? null : ApprovalSide.valueOf(side)));
    }

    @POST
    @Path("/{changeId}/reject")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Reject a change to a placement",
            description = "A manager of either side, or HR, with a reason; the placement keeps its terms.")
    @APIResponse(responseCode = "200", description = "Rejected; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PlacementChangeResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller manages neither side (NOT_YOUR_SIDE).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not PROPOSED (CHANGE_NOT_PROPOSED).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response rejectPlacementChange(@PathParam("id") UUID id, @PathParam("changeId") UUID changeId,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RejectionRequest body) {
        return Etags.ok(changes.reject(id, changeId, IfMatch.of(ifMatch), body.reason()));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "PlacementChangePage")
    record PlacementChangePage(List<PlacementChangeResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }
}
