package io.supportcoach.skills.roleprofile;

import java.util.List;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.limits.RateLimited;
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

/** Role profiles: everyone signed in reads them, HR keeps them, HR and managers rank people against them. */
@Path("/role-profiles")
@Tag(name = "Role profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleProfileResource {

    private final RoleProfileService roleProfiles;
    private final FitService fits;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public RoleProfileResource(RoleProfileService roleProfiles, FitService fits, IdempotentCreates idempotentCreates,
            Caller caller) {
        this.roleProfiles = roleProfiles;
        this.fits = fits;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List role profiles", description = "Sorted by name.")
    @APIResponse(responseCode = "200", description = "A page of role profiles.",
            content = @Content(schema = @Schema(implementation = RoleProfilePage.class)))
    public Page<RoleProfileResponse> listRoleProfiles(@BeanParam @Valid PageRequest page) {
        return roleProfiles.listRoleProfiles(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a role profile")
    @APIResponse(responseCode = "200", description = "The role profile; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = RoleProfileResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getRoleProfile(@PathParam("id") String id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, roleProfiles.getRoleProfile(id));
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create a role profile",
            description = "1 to 60 skills, each named by code or id, with a target level 1 to 5 and a weight (default 1).")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = RoleProfileResponse.class)))
    @APIResponse(responseCode = "409", description = "The name is taken (ROLE_PROFILE_NAME_TAKEN), or the "
            + "Idempotency-Key is in use.", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "A skill does not exist (UNKNOWN_SKILL) or is retired (SKILL_RETIRED), "
            + "or the Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response createRoleProfile(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid RoleProfileRequest body) {
        return idempotentCreates.create(idempotencyKey, caller.id(), body, () -> {
            var profile = roleProfiles.createRoleProfile(body);
            return Etags.created("/role-profiles/" + profile.body().id(), profile);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Replace a role profile", description = "Name, description and the whole list of skills.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header.",
            content = @Content(schema = @Schema(implementation = RoleProfileResponse.class)))
    @APIResponse(responseCode = "409", description = "Another role profile has the name (ROLE_PROFILE_NAME_TAKEN).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "A skill does not exist (UNKNOWN_SKILL) or is retired (SKILL_RETIRED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response updateRoleProfile(@PathParam("id") String id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RoleProfileRequest body) {
        return Etags.ok(roleProfiles.updateRoleProfile(id, IfMatch.of(ifMatch), body));
    }

    @POST
    @Path("/{id}/fit")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @RateLimited("fit-ranking")
    @Operation(summary = "Rank people by how well they fit a role profile",
            description = "Either up to 200 named people or the active people of a team (at most 500). Best match first, "
                    + "equal matches by employee id, each with per-skill gaps and reasons. A query, not a creation: "
                    + "nothing is stored. A manager ranks only people of the teams they manage; any other person or "
                    + "team is a 404.")
    @APIResponse(responseCode = "200", description = "The ranking.",
            content = @Content(schema = @Schema(implementation = FitResponse.class)))
    @APIResponse(responseCode = "422", description = "The team has more than 500 people (TEAM_TOO_LARGE).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "The caller has used up the fit-ranking limit (RATE_LIMITED); "
            + "retry after Retry-After seconds.")
    public FitResponse rankPeopleForRoleProfile(@PathParam("id") String id, @NotNull @Valid FitRequest body) {
        return fits.rankPeople(id, body);
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "RoleProfilePage")
    record RoleProfilePage(List<RoleProfileResponse> items, String nextCursor) {
    }
}
