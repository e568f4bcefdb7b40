package io.supportcoach.coaching.matching;

import java.util.UUID;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coaches that suit a coachee best, for HR, the coachee's manager and the coachee. */
@Path("/coachees/{employeeId}/coach-matches")
@Tag(name = "Matching", description = "Coaches ranked for a coachee by their goals and gaps, free places and "
        + "working hours, with the reasons in words.")
@Produces(MediaType.APPLICATION_JSON)
public class CoachMatchResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CoachMatchingService matching;

    public CoachMatchResource(CoachMatchingService matching) {
        this.matching = matching;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.EMPLOYEE })
    @Operation(summary = "Match coaches to a coachee", description = "At most 20 active coaches with a free place "
            + "(capacity minus INVITED and ACTIVE enrolments), best first, each with its score, the score's parts and "
            + "a reason per part; see `formula` in the answer. The coachee's active goals, and with a programme that "
            + "names a role profile their gaps to it, are read from skills-service with the caller's token; when it "
            + "cannot answer, 503 DEPENDENCY_UNAVAILABLE with Retry-After, never a ranking without them. HR matches "
            + "anyone, an employee themself, a manager the people skills-service shows them (those of their teams); "
            + "for anyone else the person is not found. Coaches as such do not match: they are the ones matched.")
    @APIResponse(responseCode = "200", description = "The matches, best first.",
            content = @Content(schema = @Schema(implementation = CoachMatches.class)))
    @APIResponse(responseCode = "404", description = "No such person, or one the caller may not see.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "No programme has the id (UNKNOWN_PROGRAMME), or the "
            + "programme's role profile is unknown to skills-service (UNKNOWN_ROLE_PROFILE).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public CoachMatches matchCoaches(
            @PathParam("employeeId") @Size(max = 64)
            @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
            @Parameter(description = "The coachee's employee id.", example = "e-100") String employeeId,
            @QueryParam("programme") @Size(max = 36)
            @Pattern(regexp = UUID_PATTERN, message = "must be a programme id (a UUID)")
            @Parameter(description = "Only the coaches of this programme, and the coachee's gaps to its role profile "
                    + "when it names one.", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            String programme,
            @QueryParam("timeZone") @Size(max = 64)
            @Parameter(description = "The coachee's IANA time zone; UTC when absent.", example = "Europe/Berlin")
            String timeZone) {
        return matching.matchCoaches(employeeId, programme == null ? null : UUID.fromString(programme), timeZone);
    }
}
