package io.supportcoach.skills.roleprofile;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** People ranked by how well they fit a role profile, each with the reasons. */
@Schema(name = "RoleProfileFit")
public record FitResponse(
        @Schema(description = "The role profile ranked against; null for a ranking against named skills.", nullable = true)
        RoleProfileRef roleProfile,
        Instant asOf,
        @Schema(description = "How `match` and `gap` are computed, in words.", examples = FitCalculator.FORMULA)
        String formula,
        @Schema(description = "By match, best first; equal matches by employee id.") List<PersonFit> people) {

    /** One person of the ranking. */
    @Schema(name = "PersonFit")
    public record PersonFit(
            @Schema(description = "1 for the best match; equal matches share a rank (1, 2, 2, 4).", examples = "1")
            int rank,
            @Schema(examples = "e-100") String employeeId,
            @Schema(examples = "Dana Okafor") String displayName,
            @Schema(examples = "team-a") String teamId,
            @Schema(description = "0 to 100, one decimal; see `formula`.", examples = "83.3") double match,
            @Schema(description = "One sentence per skill, in the order of `gaps`.",
                    examples = "[\"meets active-listening (3.2 of 3)\", \"short of empathy by 1.5 (1.5 of 3)\", "
                            + "\"no evidence yet for patience\"]")
            List<String> reasons,
            @Schema(description = "One per skill of the role profile, sorted by skill code.") List<SkillGap> gaps) {
    }
}
