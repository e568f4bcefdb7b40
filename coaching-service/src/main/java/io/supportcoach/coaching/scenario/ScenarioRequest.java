package io.supportcoach.coaching.scenario;

import java.util.List;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What HR sends to write or replace a scenario. */
@Schema(name = "ScenarioRequest")
public record ScenarioRequest(
        @NotBlank @Size(max = 120) @Schema(description = "Unique among scenarios.",
                examples = "The third outage this week") String title,
        @NotBlank @Size(max = 2000) @Schema(description = "What is going on, as the coachee learns it before the call.",
                examples = "The order system is down for the third time in five days; a warehouse lead calls.")
        String situation,
        @NotBlank @Size(max = 2000)
        @Schema(description = "What the role-player does: their mood, what they want, and what calms them.",
                examples = "Open loud and fast. Calm down only when the agent names the impact back to you.")
        String rolePlayerBrief,
        @NotNull @Size(min = 1, max = 6)
        @Schema(description = "Codes of the skills the scenario exercises, 1 to 6, checked against skills-service.",
                examples = "[\"de-escalation\", \"active-listening\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> skills,
        @NotNull ScenarioDifficulty difficulty) {
}
