package io.supportcoach.skills.roleprofile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a person stands in one skill of a role profile. */
@Schema(name = "SkillGap")
public record SkillGap(
        @Schema(examples = "empathy") String skill,
        @Schema(examples = "Empathy") String name,
        @Schema(description = "The level the role needs, 1 to 5.", examples = "3") int targetLevel,
        @Schema(description = "The person's level from their evidence, 1.0 to 5.0; 0 when there is none.",
                examples = "1.5") double currentLevel,
        @Schema(description = "0 to 1: how much evidence stands behind the current level; 0 without evidence.",
                examples = "0.5") double confidence,
        @Schema(description = "max(0, target − current), one decimal.", examples = "1.5") double gap,
        @Schema(description = "How much the skill counts towards the match.", examples = "2.0") double weight,
        @Schema(description = "Whether current ≥ target.", examples = "false") boolean met) {
}
