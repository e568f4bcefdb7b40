package io.supportcoach.skills.team;

import java.util.UUID;

import io.supportcoach.http.limits.RateLimited;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.IdPatterns;
import io.supportcoach.identity.Roles;
import io.supportcoach.skills.goal.GoalResource.GoalPage;
import io.supportcoach.skills.goal.GoalResponse;
import io.supportcoach.skills.goal.GoalService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A manager's overview of a team: its people's active goals and their current levels as a matrix. A team is
 * the people the register puts in it. HR sees every team, a manager the teams they manage.
 */
@Path("/teams/{teamId}")
@Tag(name = "Teams")
public class TeamResource {

    static final String CSV = "text/csv";
    static final MediaType CSV_TYPE = MediaType.valueOf(CSV);
    static final MediaType SVG_TYPE = MediaType.valueOf(TeamMatrixSvg.MEDIA_TYPE);
    private static final String CSV_EXAMPLE = "employeeId,displayName,active-listening,empathy\r\n"
            + "e-100,Dana Okafor,3.4,\r\n"
            + "e-101,Sam Lee,2.0,4.1\r\n";

    private final GoalService goals;
    private final TeamMatrixService matrices;

    public TeamResource(GoalService goals, TeamMatrixService matrices) {
        this.goals = goals;
        this.matrices = matrices;
    }

    @GET
    @Path("/goals")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "List a team's active goals",
            description = "The ACTIVE goals of the team's active people, soonest due first, then by goal id. For a "
                    + "manager of other teams the team does not exist.")
    @APIResponse(responseCode = "200", description = "A page of goals.",
            content = @Content(schema = @Schema(implementation = GoalPage.class)))
    public Page<GoalResponse> listTeamGoals(
            @PathParam("teamId") @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE) String teamId,
            @BeanParam @Valid PageRequest page) {
        return goals.listActiveGoalsOfTeam(teamId, page);
    }

    @GET
    @Path("/matrix")
    @Produces({ MediaType.APPLICATION_JSON, CSV, TeamMatrixSvg.MEDIA_TYPE })
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @RateLimited("skill-matrix")
    @Operation(summary = "Get a team's skill matrix",
            description = "The current level of each active person of the team in each skill asked for, as JSON; "
                    + "with `Accept: text/csv`, as CSV (header `employeeId,displayName,<skill codes>`, an empty cell "
                    + "where no evidence counts); with `Accept: image/svg+xml`, as a heatmap (people down, skills "
                    + "across, each cell coloured by level and saying it, \"–\" where no evidence counts, a legend; with a role profile, "
                    + "each cell below its target outlined and saying the target, as in `2.0 < 3`). People sorted by display name, then employee id; skills in the order "
                    + "asked for. At most " + TeamMatrixService.MAX_PEOPLE + " people and "
                    + TeamMatrixService.MAX_SKILLS + " skills. For a manager of other teams the team does not exist.")
    @APIResponse(responseCode = "200", description = "The matrix.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMatrix.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE),
            @Content(mediaType = TeamMatrixSvg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "422", description = "A skill code names no skill (UNKNOWN_SKILL), the role profile "
            + "does not exist (UNKNOWN_ROLE_PROFILE), or the team has more than " + TeamMatrixService.MAX_PEOPLE
            + " active people (TEAM_TOO_LARGE).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "The caller has used up the skill-matrix limit (RATE_LIMITED); "
            + "retry after Retry-After seconds.")
    public Response getTeamMatrix(
            @PathParam("teamId") @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE) String teamId,
            @Parameter(description = "1 to 40 skill codes, separated by commas; the columns, in this order. May be "
                    + "left out when roleProfile is given: the columns are then the profile's skills, most weighty first.",
                    example = "active-listening,empathy")
            @QueryParam("skills") @Size(max = 2600) String skills,
            @Parameter(description = "A role profile's id: each column then carries the profile's target level, and "
                    + "the heatmap marks each cell below its target.")
            @QueryParam("roleProfile") UUID roleProfile,
            @Context HttpHeaders headers) {
        TeamMatrix matrix = matrices.buildMatrix(teamId, TeamMatrixService.parseSkillCodes(skills), roleProfile);
        return answer(matrix, headers, teamId + "-matrix.csv");
    }

    /** The matrix as JSON, CSV or SVG, as the client's Accept header prefers. */
    static Response answer(TeamMatrix matrix, HttpHeaders headers, String csvFileName) {
        MediaType wanted = preferred(headers);
        if (wanted == CSV_TYPE) {
            return Response.ok(TeamMatrixCsv.write(matrix), CSV_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + csvFileName + "\"").build();
        }
        if (wanted == SVG_TYPE) {
            return Response.ok(TeamMatrixSvg.write(matrix), SVG_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(matrix, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first of CSV and SVG the client prefers to JSON; a wildcard or no Accept header gets JSON. */
    private static MediaType preferred(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (acceptable.isCompatible(CSV_TYPE)) {
                return CSV_TYPE;
            }
            if (acceptable.isCompatible(SVG_TYPE)) {
                return SVG_TYPE;
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }
}
