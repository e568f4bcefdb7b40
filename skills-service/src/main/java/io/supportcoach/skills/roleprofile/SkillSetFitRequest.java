package io.supportcoach.skills.roleprofile;

import java.util.List;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to rank against a set of skills with target levels that no role profile holds. */
@Schema(name = "SkillSetFitRequest")
public record SkillSetFitRequest(
        @NotNull @Size(min = 1, max = 60) @Schema(description = "1 to 60 skills, each with a target level and a weight.")
        List<@NotNull @Valid RoleProfileSkillRequest> skills,
        @Size(min = 1, max = 200) @Schema(description = "1 to 200 employee ids. Leave out when sending teamId.",
                examples = "[\"e-100\", \"e-101\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE) String> employeeIds,
        @Size(max = 64) @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
        @Schema(description = "Ranks the active people of the team (at most 500). Leave out when sending employeeIds.",
                examples = "team-a")
        String teamId) {

    FitRequest whom() {
        return new FitRequest(employeeIds, teamId);
    }
}
