package io.supportcoach.skills.roleprofile;

import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** How far a person is from a role profile. */
@Path("/people/{employeeId}/gaps")
@Tag(name = "Role profiles")
@Produces(MediaType.APPLICATION_JSON)
public class GapResource {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final FitService fits;

    public GapResource(FitService fits) {
        this.fits = fits;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "Get a person's gaps to a role profile",
            description = "Per skill of the role profile the target, the current level, the gap and whether it is met, "
                    + "sorted by skill code; and the overall match with the formula that computes it. HR, the person's "
                    + "manager, the person, a coach who coaches the person now and the other services of the suite see "
                    + "it.")
    @APIResponse(responseCode = "200", description = "The gaps.",
            content = @Content(schema = @Schema(implementation = GapResponse.class)))
    @APIResponse(responseCode = "422", description = "No role profile has that id (UNKNOWN_ROLE_PROFILE).",
            content = @Content(mediaType = "application/problem+json"))
    public GapResponse getSkillGaps(@PathParam("employeeId") String employeeId,
            @Parameter(description = "The role profile's id.", required = true,
                    example = "5b0f3c1e-9a4d-4c55-8f0e-2a7f6d1b9c30")
            @QueryParam("roleProfile") @NotNull @Size(max = 36) @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            String roleProfile) {
        return fits.findGaps(employeeId, roleProfile);
    }
}
