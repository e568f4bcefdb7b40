package io.supportcoach.skills.team;

import io.supportcoach.http.limits.RateLimited;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The skill matrix of named people from any teams the caller may see, as JSON or CSV. */
@Path("/skill-matrices")
@Tag(name = "Teams")
@Consumes(MediaType.APPLICATION_JSON)
public class MatrixResource {

    private final TeamMatrixService matrices;

    public MatrixResource(TeamMatrixService matrices) {
        this.matrices = matrices;
    }

    @POST
    @Produces({ MediaType.APPLICATION_JSON, TeamResource.CSV, TeamMatrixSvg.MEDIA_TYPE })
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @RateLimited("skill-matrix")
    @Operation(summary = "Get the skill matrix of named people",
            description = "Like a team's matrix, for up to 500 named people of any teams the caller may see; with "
                    + "`Accept: text/csv`, as CSV, with `Accept: image/svg+xml`, as a heatmap. A query, not a creation: nothing is stored. A person the caller may "
                    + "not see is a 404.")
    @APIResponse(responseCode = "200", description = "The matrix.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMatrix.class)),
            @Content(mediaType = TeamResource.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = TeamMatrixSvg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "A named person is unknown or one the caller may not see (NOT_FOUND).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "A skill code names no skill (UNKNOWN_SKILL).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "The caller has used up the skill-matrix limit (RATE_LIMITED); "
            + "retry after Retry-After seconds.")
    public Response buildSkillMatrix(@NotNull @Valid MatrixRequest body, @Context HttpHeaders headers) {
        return TeamResource.answer(matrices.buildMatrix(body.employeeIds(), body.skills()), headers, "skill-matrix.csv");
    }
}
