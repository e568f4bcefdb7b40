package io.supportcoach.coaching.scenario;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scenario as clients read it. */
@Schema(name = "Scenario")
public record ScenarioResponse(
        @Schema(examples = "5ce0a000-0000-4000-8000-000000000001") UUID id,
        @Schema(examples = "The third outage this week") String title,
        String situation,
        String rolePlayerBrief,
        @Schema(examples = "[\"de-escalation\", \"active-listening\"]") List<String> skills,
        ScenarioDifficulty difficulty,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        Instant createdAt,
        @Schema(examples = "e-hr") String createdBy,
        Instant updatedAt,
        @Schema(examples = "e-hr") String updatedBy) {

    static ScenarioResponse from(Scenario scenario) {
        return new ScenarioResponse(scenario.id, scenario.title, scenario.situation, scenario.rolePlayerBrief,
                List.copyOf(scenario.skills), scenario.difficulty, scenario.version, scenario.createdAt,
                scenario.createdBy, scenario.updatedAt, scenario.updatedBy);
    }
}
