package io.supportcoach.skills.catalogue;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue's skills. Everyone signed in reads them; HR keeps them. */
@Path("/skills")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkillResource {

    private final SkillService skills;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public SkillResource(SkillService skills, IdempotentCreates idempotentCreates, Caller caller) {
        this.skills = skills;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "List or search skills",
            description = "Sorted by code; with `q`, ranked by relevance (full text over names, descriptions and "
                    + "indicators, tolerant of typos), then code.")
    @APIResponse(responseCode = "200", description = "A page of skills.",
            content = @Content(schema = @Schema(implementation = SkillPage.class)))
    public Page<SkillResponse> listSkills(@BeanParam @Valid SkillFilter filter, @BeanParam @Valid PageRequest page) {
        return skills.listSkills(filter, page);
    }

    @GET
    @Path("/{idOrCode}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "Get a skill by id or code")
    @APIResponse(responseCode = "200", description = "The skill; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SkillResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getSkill(@PathParam("idOrCode") String idOrCode, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, skills.findSkill(idOrCode));
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create a skill", description = "Starts as DRAFT unless the body says ACTIVE.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = SkillResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (SKILL_CODE_TAKEN), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Unknown category (UNKNOWN_CATEGORY), or the Idempotency-Key was used "
            + "with another body (IDEMPOTENCY_KEY_REUSED).", content = @Content(mediaType = "application/problem+json"))
    public Response createSkill(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid SkillRequest body) {
        return idempotentCreates.create(idempotencyKey, caller.id(), body, () -> {
            var skill = skills.createSkill(body);
            return Etags.created("/skills/" + skill.body().code(), skill);
        });
    }

    @PUT
    @Path("/{idOrCode}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Replace a skill", description = "The code cannot change; a retired skill cannot change.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header.",
            content = @Content(schema = @Schema(implementation = SkillResponse.class)))
    @APIResponse(responseCode = "409", description = "The skill is retired (SKILL_RETIRED) or the status change is not "
            + "allowed (ILLEGAL_STATUS_TRANSITION).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Unknown category (UNKNOWN_CATEGORY).",
            content = @Content(mediaType = "application/problem+json"))
    public Response updateSkill(@PathParam("idOrCode") String idOrCode,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SkillRequest body) {
        return Etags.ok(skills.updateSkill(idOrCode, IfMatch.of(ifMatch), body));
    }

    @POST
    @Path("/{idOrCode}/retire")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Retire a skill", description = "Names the active skill that replaces it. Retirement is final.")
    @APIResponse(responseCode = "200", description = "Retired.",
            content = @Content(schema = @Schema(implementation = SkillResponse.class)))
    @APIResponse(responseCode = "409", description = "Already retired (SKILL_RETIRED).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The replacement does not exist (UNKNOWN_SKILL) or is not active "
            + "(INVALID_REPLACEMENT).", content = @Content(mediaType = "application/problem+json"))
    public Response retireSkill(@PathParam("idOrCode") String idOrCode,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RetireRequest body) {
        return Etags.ok(skills.retireSkill(idOrCode, IfMatch.of(ifMatch), body));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "SkillPage")
    record SkillPage(List<SkillResponse> items, String nextCursor) {
    }
}
