package io.supportcoach.skills.roleprofile;

import io.supportcoach.http.limits.RateLimited;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ranks people against skills and target levels given in the request, for matching without a role profile. */
@Path("/fit-rankings")
@Tag(name = "Role profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkillSetFitResource {

    private final FitService fits;

    public SkillSetFitResource(FitService fits) {
        this.fits = fits;
    }

    @POST
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @RateLimited("fit-ranking")
    @Operation(summary = "Rank people by how well they fit a set of skills",
            description = "Like the fit of a role profile, with the skills, target levels and weights in the body. "
                    + "A query, not a creation: nothing is stored. A manager ranks only people of the teams they manage.")
    @APIResponse(responseCode = "200", description = "The ranking.",
            content = @Content(schema = @Schema(implementation = FitResponse.class)))
    @APIResponse(responseCode = "404", description = "A named person or the team is unknown or one the caller may not see (NOT_FOUND).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Unknown or retired skill (UNKNOWN_SKILL, SKILL_RETIRED), or a team "
            + "of more than 500 people (TEAM_TOO_LARGE).", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "The caller has used up the fit-ranking limit (RATE_LIMITED); "
            + "retry after Retry-After seconds.")
    public FitResponse rankPeopleForSkills(@NotNull @Valid SkillSetFitRequest body) {
        return fits.rankPeopleAgainstSkills(body);
    }
}
