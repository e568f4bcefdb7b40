package io.supportcoach.skills.roleprofile;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a person is from a role profile, skill by skill, with the match and the rule that computes it. */
@Schema(name = "SkillGaps")
public record GapResponse(
        @Schema(examples = "e-100") String employeeId,
        RoleProfileRef roleProfile,
        Instant asOf,
        @Schema(description = "0 to 100, one decimal; see `formula`.", examples = "83.3") double match,
        @Schema(description = "How `match` and `gap` are computed, in words.", examples = FitCalculator.FORMULA)
        String formula,
        @Schema(description = "One per skill of the role profile, sorted by skill code.") List<SkillGap> items) {
}
