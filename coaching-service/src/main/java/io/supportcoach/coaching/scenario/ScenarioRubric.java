package io.supportcoach.coaching.scenario;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a coach scores a role play of a scenario: per skill it exercises, the five levels of skills-service's catalogue
 * and what a person at each level observably does.
 */
@Schema(name = "ScenarioRubric")
public record ScenarioRubric(
        @Schema(examples = "5ce0a000-0000-4000-8000-000000000001") UUID scenarioId,
        @Schema(examples = "The third outage this week") String title,
        @Schema(description = "In the scenario's order of skills.") List<Skill> skills,
        @Schema(description = "Skill codes of the scenario that the catalogue no longer has; empty as a rule.")
        List<String> unknownSkills) {

    /** One skill of the rubric, as the catalogue describes it now. */
    @Schema(name = "RubricSkill")
    public record Skill(
            @Schema(examples = "de-escalation") String skill,
            @Schema(examples = "De-escalation") String name,
            @Schema(description = "True when the catalogue retired the skill since the scenario named it.",
                    examples = "false") boolean retired,
            @Schema(description = "Lowest level first.") List<Level> levels) {
    }

    /** One level of a skill and its observable indicators. */
    @Schema(name = "RubricLevel")
    public record Level(
            @Schema(examples = "3") int level,
            @Schema(examples = "Proficient") String name,
            @Schema(examples = "[\"Names the caller's frustration before moving on to the fix\"]") List<String> indicators) {
    }
}
