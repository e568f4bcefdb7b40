package io.supportcoach.coaching.scenario;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the scenario list, bound from query parameters as text: JAX-RS answers 404 to a parameter it cannot
 * convert, and a bad filter is a 400 naming it.
 */
public class ScenarioFilter {

    @QueryParam("skill")
    @Size(max = 64)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    @Parameter(description = "Only scenarios that exercise this skill code.", example = "de-escalation")
    String skill;

    @QueryParam("difficulty")
    @Pattern(regexp = "FOUNDATION|INTERMEDIATE|ADVANCED", message = "must be FOUNDATION, INTERMEDIATE or ADVANCED")
    @Parameter(description = "Only scenarios of this difficulty.",
            schema = @Schema(implementation = ScenarioDifficulty.class))
    String difficulty;
}
