package io.supportcoach.skills.goal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a PUT may change on a goal. The skill and the baseline stay; ACHIEVED is for evidence to decide. */
@Schema(name = "GoalUpdateRequest")
public record GoalUpdateRequest(
        @NotNull @Min(1) @Max(5) @Schema(description = "1 to 5; while ACTIVE, above the person's current level.",
                examples = "4") Integer targetLevel,
        @NotNull @Schema(description = "When changed, today (UTC) or later.", examples = "2027-12-31") LocalDate dueDate,
        @Size(max = 2000) @Schema(examples = "Take the lead on major incident bridge calls by the end of the year.", nullable = true)
        String why,
        @NotNull @Schema(description = "ACTIVE or DROPPED.", examples = "DROPPED") GoalStatus status) {
}
