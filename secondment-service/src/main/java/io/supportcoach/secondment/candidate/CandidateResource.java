package io.supportcoach.secondment.candidate;

import java.util.UUID;

import io.supportcoach.identity.Roles;
import io.supportcoach.secondment.client.TeamPeopleReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People of some teams ranked for an opportunity by their goals, gaps and free time. */
@Path("/opportunities/{id}/candidates")
@Tag(name = "Candidates")
public class CandidateResource {

    private final CandidateService candidates;

    public CandidateResource(CandidateService candidates) {
        this.candidates = candidates;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Rank candidates for an opportunity",
            description = "Everyone of the teams named who has not left (skills-service's register), ranked by how "
                    + "the opportunity's skills meet their ACTIVE goals and the gaps in them (skills-service, asked "
                    + "with the caller's token) and by the time they have free over the opportunity's dates (the "
                    + "APPROVED, ACTIVE and COMPLETED placements of this service). Each comes with the parts of the "
                    + "score and the reasons in words; `formula` says how the score is computed. Highest score first, "
                    + "then by employee id; at most " + TeamPeopleReader.MAX_PEOPLE + " people. HR ranks any team, a "
                    + "manager only teams they manage. When skills-service cannot answer, 503 "
                    + "DEPENDENCY_UNAVAILABLE with Retry-After.")
    @APIResponse(responseCode = "200", description = "The ranking.",
            content = @Content(schema = @Schema(implementation = CandidateRanking.class)))
    @APIResponse(responseCode = "403", description = "The role may not rank (FORBIDDEN), or a manager named a team "
            + "they do not manage (NOT_YOUR_TEAM).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The teams have more than " + TeamPeopleReader.MAX_PEOPLE
            + " people (TOO_MANY_PEOPLE).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public CandidateRanking rankCandidates(@PathParam("id") UUID id,
            @Parameter(description = "1 to " + CandidateService.MAX_TEAMS + " team ids, separated by commas.",
                    required = true, example = "team-service-desk,team-noc")
            @QueryParam("team") @NotNull @Size(min = 1, max = 660) String team) {
        return candidates.rank(id, CandidateService.parseTeams(team));
    }
}
