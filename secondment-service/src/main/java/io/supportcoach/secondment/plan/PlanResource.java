package io.supportcoach.secondment.plan;

import io.supportcoach.identity.IdPatterns;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** A team's plan: who of the team is away on placement, who it hosts, day by day; as JSON or as a timeline. */
@Path("/teams/{teamId}/plan")
@Tag(name = "Planning")
public class PlanResource {

    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final MediaType SVG_TYPE = MediaType.valueOf(PlanSvg.MEDIA_TYPE);

    private final PlanService plans;

    public PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PlanSvg.MEDIA_TYPE })
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "Get a team's plan",
            description = "For each day of the range, who of the team is away on placement (the team is their home "
                    + "team) and who of other teams it hosts, with their allocation; placements that are APPROVED, "
                    + "ACTIVE or COMPLETED count. As JSON: `people`, each with their name in skills-service's register "
                    + "and their spans (placement, AWAY or HOSTED, the other team, the placement's whole period and "
                    + "percent), by employee id, then start day; and `days`, one entry per day of the range with the "
                    + "number of people away and hosted and their allocations added up (100 = one full-time person). "
                    + "With `Accept: image/svg+xml`, as a timeline: people down by name, days across (a column per "
                    + "day up to " + PlanSvg.DAILY_COLUMNS_UP_TO + " days, per week beyond), a solid bar for AWAY and "
                    + "a hatched one for HOSTED, each saying its direction, percent and the other team, and a legend. "
                    + "The range is at most 366 days; without `from` it "
                    + "starts today (UTC), without `to` it ends 90 days after `from`. HR sees every team, a manager "
                    + "the teams they manage. Names come from skills-service (the team's people listed with the "
                    + "caller's token, the others by id with this service's own); when it cannot answer, the plan "
                    + "still comes, with `displayName` null and employee ids in the picture.")
    @APIResponse(responseCode = "200", description = "The plan.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamPlan.class)),
            @Content(mediaType = PlanSvg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "403", description = "The role may not read plans (FORBIDDEN), or a manager asked "
            + "for a team they do not manage (NOT_YOUR_TEAM).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response getTeamPlan(
            @PathParam("teamId") @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
            String teamId,
            @Parameter(description = "First day; today (UTC) when absent.", example = "2027-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
            @QueryParam("from") @Size(max = 10) @Pattern(regexp = DATE_PATTERN, message = "must be an ISO date")
            String from,
            @Parameter(description = "Last day, included; 90 days after `from` when absent. At most 366 days in "
                    + "all (RANGE_TOO_LONG), not before `from` (BEFORE_START).", example = "2027-05-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
            @QueryParam("to") @Size(max = 10) @Pattern(regexp = DATE_PATTERN, message = "must be an ISO date")
            String to,
            @Context HttpHeaders headers) {
        TeamPlan plan = plans.planOf(teamId, plans.rangeOf(from, to));
        if (prefersSvg(headers)) {
            return Response.ok(PlanSvg.write(plan), SVG_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(plan, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** SVG only when the client prefers it to JSON; a wildcard or no Accept header gets JSON. */
    private static boolean prefersSvg(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(SVG_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
