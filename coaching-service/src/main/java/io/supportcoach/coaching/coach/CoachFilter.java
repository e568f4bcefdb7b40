package io.supportcoach.coaching.coach;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the coach list, bound from query parameters. */
public class CoachFilter {

    @QueryParam("skill")
    @Size(max = 64)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    @Parameter(description = "Only coaches who coach this skill code.", example = "active-listening")
    String skill;

    public CoachFilter() {
    }

    public CoachFilter(String skill) {
        this.skill = skill;
    }
}
