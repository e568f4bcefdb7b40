package io.supportcoach.skills.team;

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
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @RateLimited("skill-matrix")
    @Operation(summary = "Get a team's skill matrix",
            description = "The current level of each active person of the team in each skill asked for, as JSON or, "
                    + "with `Accept: text/csv`, as CSV (header `employeeId,displayName,<skill codes>`, an empty cell "
                    + "where no evidence counts). People sorted by display name, then employee id; skills in the order "
                    + "asked for. At most " + TeamMatrixService.MAX_PEOPLE + " people and "
                    + TeamMatrixService.MAX_SKILLS + " skills. For a manager of other teams the team does not exist.")
    @APIResponse(responseCode = "200", description = "The matrix.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMatrix.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE) })
    @APIResponse(responseCode = "422", description = "A skill code names no skill (UNKNOWN_SKILL), or the team has more "
            + "than " + TeamMatrixService.MAX_PEOPLE + " active people (TEAM_TOO_LARGE).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "The caller has used up the skill-matrix limit (RATE_LIMITED); "
            + "retry after Retry-After seconds.")
    public Response getTeamMatrix(
            @PathParam("teamId") @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE) String teamId,
            @Parameter(description = "1 to 40 skill codes, separated by commas; the columns, in this order.",
                    required = true, example = "active-listening,empathy")
            @QueryParam("skills") @Size(max = 2600) String skills,
            @Context HttpHeaders headers) {
        TeamMatrix matrix = matrices.buildMatrix(teamId, TeamMatrixService.parseSkillCodes(skills));
        if (wantsCsv(headers)) {
            return Response.ok(TeamMatrixCsv.write(matrix), CSV_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + teamId + "-matrix.csv\"").build();
        }
        return Response.ok(matrix, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** CSV only when the client prefers it to JSON; a wildcard or no Accept header gets JSON. */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
