package io.supportcoach.skills.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal as callers read it, with the person's current level and the progress made since it was set. */
@Schema(name = "Goal")
public record GoalResponse(
        UUID id,
        @Schema(examples = "e-100") String employeeId,
        @Schema(description = "The skill's code.", examples = "calm-under-pressure") String skill,
        @Schema(examples = "4") int targetLevel,
        @Schema(examples = "2027-09-30") LocalDate dueDate,
        @Schema(examples = "Take the lead on major incident bridge calls from the autumn on.", nullable = true) String why,
        GoalStatus status,
        @Schema(description = "The estimated level when the goal was set; 0 when there was no evidence.", examples = "2.5")
        double baselineLevel,
        @Schema(description = "The estimated level now, from the evidence; null when no evidence counts.", examples = "3.1",
                nullable = true)
        Double currentLevel,
        @Schema(description = "0 to 1: (current − baseline) ÷ (target − baseline), clamped, two decimals; 1 once achieved.",
                examples = "0.4") double progress,
        @Schema(description = "When evidence reached the target; null until then.", nullable = true) Instant achievedAt,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static GoalResponse from(Goal goal, String skillCode, Double currentLevel) {
        double baseline = goal.baselineLevel.doubleValue();
        return new GoalResponse(goal.id, goal.employeeId, skillCode, goal.targetLevel, goal.dueDate, goal.why, goal.status,
                baseline, currentLevel, GoalProgress.progress(goal.status, baseline, goal.targetLevel, currentLevel),
                goal.achievedAt, goal.version, goal.createdAt, goal.createdBy, goal.updatedAt, goal.updatedBy);
    }
}
