package io.supportcoach.skills.goal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new goal. Its status, baseline and audit stamps come from the server. */
@Schema(name = "GoalRequest")
public record GoalRequest(
        @NotBlank @Size(max = 64) @Schema(description = "Skill code or id; the skill must not be retired.",
                examples = "calm-under-pressure") String skill,
        @NotNull @Min(1) @Max(5) @Schema(description = "1 to 5, above the person's current level in the skill.",
                examples = "4") Integer targetLevel,
        @NotNull @Schema(description = "Today (UTC) or later.", examples = "2027-09-30") LocalDate dueDate,
        @Size(max = 2000) @Schema(description = "Why the goal matters, in the person's or manager's words.",
                examples = "Take the lead on major incident bridge calls from the autumn on.", nullable = true) String why) {
}
