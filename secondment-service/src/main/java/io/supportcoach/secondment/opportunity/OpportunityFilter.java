package io.supportcoach.secondment.opportunity;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the opportunity list, bound from query parameters. */
public class OpportunityFilter {

    @QueryParam("hostTeam")
    @Size(max = 64)
    @Parameter(description = "Only opportunities of this host team.", example = "team-service-desk-2")
    String hostTeam;

    // A string rather than the enum, so that an unknown kind is a 400 naming the parameter, not a 404.
    @QueryParam("kind")
    @Pattern(regexp = OpportunityKind.PATTERN, message = "must be SECONDMENT, CROSS_TRAINING or JOB_SHADOWING")
    @Parameter(description = "Only opportunities of this kind.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "SECONDMENT", "CROSS_TRAINING", "JOB_SHADOWING" }))
    String kind;

    @QueryParam("skill")
    @Size(max = 64)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    @Parameter(description = "Only opportunities that develop this skill code.", example = "communication")
    String skill;

    public OpportunityFilter() {
    }

    public OpportunityFilter(String hostTeam, String kind, String skill) {
        this.hostTeam = hostTeam;
        this.kind = kind;
        this.skill = skill;
    }
}
