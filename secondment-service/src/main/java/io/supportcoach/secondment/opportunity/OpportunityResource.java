package io.supportcoach.secondment.opportunity;

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

/** Opportunities host teams offer. Everyone signed in reads them; HR and the host team's managers keep them. */
@Path("/opportunities")
@Tag(name = "Opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    private static final String REQUEST_EXAMPLE = """
            {"hostTeamId": "team-service-desk-2", "title": "Two weeks on the major incident desk",
             "description": "Join the major incident desk and run bridge calls with a senior analyst.",
             "kind": "CROSS_TRAINING", "skills": ["communication", "decision-making"], "openings": 2,
             "timeCommitmentPercent": 40, "startsOn": "2027-03-01", "endsOn": "2027-03-12"}""";
    private static final String NOT_YOUR_TEAM_EXAMPLE = """
            {"type": "/problems/not-your-team", "title": "Forbidden", "status": 403,
             "detail": "You can act only for host teams you manage, and 'team-noc' is not one of them.",
             "instance": "/opportunities", "code": "NOT_YOUR_TEAM", "traceId": "4bf92f3577b34da6a3ce929d0e0e4736"}""";
    private static final String SKILLS_DESCRIPTION = "Every skill code must name a skill of skills-service's catalogue "
            + "that is not retired; skills-service is asked with the caller's token. When it cannot answer, the answer "
            + "is 503 DEPENDENCY_UNAVAILABLE with Retry-After.";
    private static final String UNUSABLE_SKILL_DESCRIPTION = "A skill code names no skill (UNKNOWN_SKILL) or a retired "
            + "one (SKILL_RETIRED); `errors` names each such code.";
    private static final String UNKNOWN_SKILL_EXAMPLE = """
            {"type": "/problems/unknown-skill", "title": "Unprocessable request", "status": 422,
             "detail": "Some skill codes name no skill of the catalogue.", "instance": "/opportunities",
             "code": "UNKNOWN_SKILL", "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
             "errors": [{"field": "skills[1]", "code": "UNKNOWN_SKILL", "message": "no skill has the code 'decison-making'"}]}""";
    private static final String FORBIDDEN_DESCRIPTION = "The role may not write opportunities (FORBIDDEN), or a manager "
            + "named a host team they do not manage (NOT_YOUR_TEAM).";

    private final OpportunityService opportunities;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public OpportunityResource(OpportunityService opportunities, IdempotentCreates idempotentCreates, Caller caller) {
        this.opportunities = opportunities;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List opportunities", description = "Sorted by start date, then id.")
    @APIResponse(responseCode = "200", description = "A page of opportunities.",
            content = @Content(schema = @Schema(implementation = OpportunityPage.class)))
    public Page<OpportunityResponse> listOpportunities(@BeanParam @Valid OpportunityFilter filter,
            @BeanParam @Valid PageRequest page) {
        return opportunities.listOpportunities(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get an opportunity")
    @APIResponse(responseCode = "200", description = "The opportunity; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getOpportunity(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, opportunities.findOpportunity(id));
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Offer an opportunity",
            description = "HR offers for any host team, a manager for a team in their token's manages claim. "
                    + SKILLS_DESCRIPTION)
    @RequestBody(content = @Content(schema = @Schema(implementation = OpportunityRequest.class),
            examples = @ExampleObject(name = "cross-training", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Offered; the Location header names the new opportunity.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN_DESCRIPTION,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not your team", value = NOT_YOUR_TEAM_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key is in use (IDEMPOTENCY_KEY_IN_USE).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = UNUSABLE_SKILL_DESCRIPTION
            + " Or the Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown skill", value = UNKNOWN_SKILL_EXAMPLE)))
    public Response createOpportunity(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid OpportunityRequest body) {
        var skills = opportunities.checkSkills(body);
        return idempotentCreates.create(idempotencyKey, caller.id(), body,
                () -> opportunities.requireMayOfferFor(body.hostTeamId()), () -> {
            var opportunity = opportunities.createOpportunity(body, skills);
            return Etags.created("/opportunities/" + opportunity.body().id(), opportunity);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Replace an opportunity",
            description = "A manager must manage both the current host team and the one in the body. "
                    + SKILLS_DESCRIPTION + " A skill retired since the opportunity took it may stay.")
    @RequestBody(content = @Content(schema = @Schema(implementation = OpportunityRequest.class),
            examples = @ExampleObject(name = "cross-training", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN_DESCRIPTION,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not your team", value = NOT_YOUR_TEAM_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Fewer openings than the approved placements it holds on some day "
            + "(OPENINGS_BELOW_PLACEMENTS).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = UNUSABLE_SKILL_DESCRIPTION,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown skill", value = UNKNOWN_SKILL_EXAMPLE)))
    public Response updateOpportunity(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OpportunityRequest body) {
        var skills = opportunities.checkSkills(body);
        return Etags.ok(opportunities.updateOpportunity(id, IfMatch.of(ifMatch), body, skills));
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Open an opportunity", description = "DRAFT to OPEN: people may now be proposed for it.")
    @APIResponse(responseCode = "200", description = "Opened; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not a DRAFT (OPPORTUNITY_NOT_DRAFT).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response openOpportunity(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(opportunities.open(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Close an opportunity",
            description = "OPEN to CLOSED: it takes no new placements; those it holds stay.")
    @APIResponse(responseCode = "200", description = "Closed; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not OPEN (OPPORTUNITY_NOT_OPEN).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response closeOpportunity(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(opportunities.close(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Cancel an opportunity", description = "DRAFT or OPEN to CANCELLED: it will not run.")
    @APIResponse(responseCode = "200", description = "Cancelled; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "409",
            description = "The opportunity is already CLOSED or CANCELLED (OPPORTUNITY_ALREADY_ENDED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response cancelOpportunity(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(opportunities.cancel(id, IfMatch.of(ifMatch)));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "OpportunityPage")
    record OpportunityPage(List<OpportunityResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }
}
